import type { VerdictRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import { withLocalFindings } from '../scan/local-findings';
import { normaliseUrl } from '../url/normalise-url';
import { blobToDataUrl } from './data-url';
import { shrinkScreenshot } from './thumbnail';

/** What a page's content script may learn of a link's verdict: what the card shows, nothing more. */
export type CardVerdict = Pick<VerdictRow, 'url' | 'kind' | 'reasons' | 'categories' | 'finalUrl'>;

/** What the hover card next to a link shows. */
export interface LinkCard {
  verdict?: CardVerdict;
  /** A small JPEG of the scan's screenshot (desktop when captured), as a `data:` URL. */
  thumbnail?: string;
}

export async function loadLinkCard(
  store: Pick<ScanStore, 'getVerdict' | 'getScreenshots'>,
  rawUrl: string,
  now: number,
  linkText?: string,
  shrink: (image: Blob) => Promise<Blob | undefined> = shrinkScreenshot,
): Promise<LinkCard> {
  const url = normaliseUrl(rawUrl);
  // The card has room for why: the offline checks' reasons follow a scanner's own.
  const row =
    url && withLocalFindings(url, await store.getVerdict(url), now, { withReasons: true, linkText });
  if (!row) return {};
  const { kind, reasons, categories, finalUrl } = row;
  const verdict: CardVerdict = { url: row.url, kind, reasons, categories, ...(finalUrl ? { finalUrl } : {}) };
  const shots = row.scanId ? await store.getScreenshots(row.scanId) : [];
  const shot = shots.find((s) => s.resolution === 'desktop') ?? shots[0];
  const small = shot && (await shrink(shot.image));
  return { verdict, ...(small ? { thumbnail: await blobToDataUrl(small) } : {}) };
}
