import { parseWebUrl } from '../url/web-url';

/** What the checking page is about: a link held until its verdict is in, or a blocked navigation. */
export interface CheckTarget {
  mode: 'holding' | 'blocked';
  url: string;
}

/**
 * Reads the checking page's query. The page is reachable from the web (a redirect must be able to land
 * on it), so its query is untrusted: only an http(s) URL is accepted, as it was written.
 */
export function parseCheckTarget(search: string): CheckTarget | undefined {
  const params = new URLSearchParams(search);
  const mode = params.has('blocked') ? 'blocked' : params.has('holding') ? 'holding' : undefined;
  const url = mode && params.get(mode);
  if (!mode || !url) return undefined;
  return parseWebUrl(url) ? { mode, url } : undefined;
}
