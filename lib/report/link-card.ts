import type { VerdictRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import { normaliseUrl } from '../url/normalise-url';
import { blobToDataUrl } from './data-url';

/** What the hover card next to a link shows. */
export interface LinkCard {
  verdict?: VerdictRow;
  /** The scan's screenshot as a `data:` URL (desktop when captured). */
  thumbnail?: string;
}

export async function loadLinkCard(
  store: Pick<ScanStore, 'getVerdict' | 'getScreenshots'>,
  rawUrl: string,
): Promise<LinkCard> {
  const url = normaliseUrl(rawUrl);
  const verdict = url ? await store.getVerdict(url) : undefined;
  if (!verdict) return {};
  const shots = verdict.scanId ? await store.getScreenshots(verdict.scanId) : [];
  const shot = shots.find((s) => s.resolution === 'desktop') ?? shots[0];
  return { verdict, ...(shot ? { thumbnail: await blobToDataUrl(shot.image) } : {}) };
}
