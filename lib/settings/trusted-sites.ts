import { hostMatchesAny, parseDomainPattern } from '../url/domain-pattern';
import { parseNormalisedUrl } from '../url/normalise-url';

/** Whether the person trusts the site `url` is on (no warnings, no hold, no scan on visit). */
export function isTrustedUrl(url: string, trustedSites: readonly string[]): boolean {
  const host = parseNormalisedUrl(url)?.hostname;
  return host !== undefined && hostMatchesAny(host, trustedSites);
}

/**
 * The list with `url`'s site added, as the pattern for its host name (which covers its subdomains);
 * undefined when the URL has no host a pattern can name.
 */
export function withTrustedSite(trustedSites: readonly string[], url: string): string[] | undefined {
  const parsed = parseNormalisedUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  const pattern = parseDomainPattern(parsed.hostname);
  if (!pattern.ok) return undefined;
  return [...new Set([...trustedSites, pattern.pattern])];
}
