import type { ExistingScan } from '../providers/scan-provider';
import { normaliseUrl } from '../url/normalise-url';
import type { SearchHit } from './schemas';

// The query itself is the one the Cloudflare client sends: urlscan.io's search speaks the same subset of
// Elasticsearch query-string syntax (quoted URLs, `date:>now-Nh`), so it is imported, not rewritten.
export { existingScanQuery } from '../cloudflare/existing-scan';

/**
 * The newest hit for exactly `url` (submitted or landed on) younger than `maxAgeMs`. Rows are filtered
 * again here: the query language matches loosely, the index lags, and a row with an unreadable time is
 * too uncertain to stand in for a scan.
 */
export function newestExistingScan(
  hits: readonly SearchHit[],
  url: string,
  maxAgeMs: number,
  now: number,
): ExistingScan | undefined {
  const fresh = hits.flatMap((hit) => {
    const time = Date.parse(hit.task.time);
    if (Number.isNaN(time) || time > now + 60_000 || now - time > maxAgeMs) return [];
    const same =
      normaliseUrl(hit.task.url) === url || (!!hit.page?.url && normaliseUrl(hit.page.url) === url);
    return same ? [{ scanId: hit.task.uuid ?? hit._id, time }] : [];
  });
  return fresh.sort((a, b) => b.time - a.time)[0];
}
