import { normaliseUrl } from '../url/normalise-url';
import type { SearchHit } from './api-schemas';
import { quoteSearchValue, type UrlScannerClient } from './client';

const HOUR = 3_600_000;

/** The search that finds a finished scan of exactly this URL, submitted or landed on, within `maxAgeMs`. */
export function existingScanQuery(url: string, maxAgeMs: number): string {
  const quoted = quoteSearchValue(url);
  return `(task.url:${quoted} OR page.url:${quoted}) AND date:>now-${Math.max(1, Math.ceil(maxAgeMs / HOUR))}h`;
}

/**
 * The newest scan of `url` younger than `maxAgeMs`, if the account can see one. Search rows are filtered
 * again here: the query language is only loosely specified, and a row with an unreadable time is too
 * uncertain to stand in for a scan.
 */
export async function findExistingScan(
  api: UrlScannerClient,
  url: string,
  maxAgeMs: number,
  now: number,
): Promise<SearchHit | undefined> {
  const hits = await api.search(existingScanQuery(url, maxAgeMs), 10);
  const fresh = hits.filter((hit) => {
    const time = Date.parse(hit.task.time);
    if (Number.isNaN(time) || now - time > maxAgeMs) return false;
    return normaliseUrl(hit.task.url) === url || (hit.page?.url && normaliseUrl(hit.page.url) === url);
  });
  return fresh.sort((a, b) => Date.parse(b.task.time) - Date.parse(a.task.time))[0];
}
