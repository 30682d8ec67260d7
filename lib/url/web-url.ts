import { parseNormalisedUrl } from './normalise-url';

/** The normalised URL when `raw` is a web (http or https) address, else undefined. Never throws. */
export function parseWebUrl(raw: string): URL | undefined {
  const url = parseNormalisedUrl(raw);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}
