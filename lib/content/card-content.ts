import { message } from '../i18n/message';
import type { CardVerdict, LinkCard } from '../report/link-card';
import type { VerdictKind } from '../scan/verdict';
import { normaliseUrl } from '../url/normalise-url';

/** What the hover card says, all of it plain text (the view sets it with `textContent`). */
export interface CardContent {
  kind: VerdictKind;
  /** The card's accessible name. */
  label: string;
  headline: string;
  reasons: string[];
  /** Where the link ends up after redirects, when that is somewhere else. */
  finalUrl?: string;
  /** A `data:` URL of the scan's screenshot. */
  thumbnail?: string;
}

/** The reasons of these kinds only restate the headline ("Scanning…", "No threats found."). */
const SELF_EXPLAINED: ReadonlySet<VerdictKind> = new Set(['pending', 'safe']);
const MAX_REASONS = 3;

/** Only an image the background encoded may become the card's `src`. */
const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp);base64,/;

function mainReasons(verdict: CardVerdict): string[] {
  if (SELF_EXPLAINED.has(verdict.kind)) return [];
  const reasons = verdict.reasons.slice(0, MAX_REASONS);
  // Malicious reasons already name the categories; other kinds may not.
  const unnamed = verdict.categories.filter((c) => !reasons.some((reason) => reason.includes(c)));
  if (unnamed.length > 0) reasons.push(message('reasons.categories', [unnamed.join(', ')]));
  return reasons;
}

/** The card for `linkUrl`, or undefined when there is nothing to say (never looked at, or refused). */
export function cardContent(linkUrl: string, card: LinkCard): CardContent | undefined {
  const { verdict } = card;
  if (!verdict) return undefined;
  const finalUrl =
    verdict.finalUrl && normaliseUrl(verdict.finalUrl) !== verdict.url ? verdict.finalUrl : undefined;
  return {
    kind: verdict.kind,
    label: message('card.label', [linkUrl]),
    headline: message(`card.headline.${verdict.kind}`),
    reasons: mainReasons(verdict),
    ...(finalUrl ? { finalUrl } : {}),
    ...(card.thumbnail && IMAGE_DATA_URL.test(card.thumbnail) ? { thumbnail: card.thumbnail } : {}),
  };
}
