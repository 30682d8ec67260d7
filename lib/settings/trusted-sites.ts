import { hostMatchesPattern, parseDomainPattern } from '../url/domain-pattern';
import { parseWebUrl } from '../url/web-url';

/**
 * Trusted sites are exact host names (`*.example.com` for the subdomains): trusting google.com from a
 * false alarm must not silence sites.google.com, where anyone can publish a page.
 */
export function isTrustedUrl(url: string, trustedSites: readonly string[]): boolean {
  const host = parseWebUrl(url)?.hostname;
  if (host === undefined) return false;
  return trustedSites.some((site) =>
    site.startsWith('*.') ? hostMatchesPattern(host, site) : site === host,
  );
}

/** The list with the host of `url` added; undefined when the URL has no host a pattern can name. */
export function withTrustedSite(trustedSites: readonly string[], url: string): string[] | undefined {
  const host = parseWebUrl(url)?.hostname;
  const pattern = host === undefined ? undefined : parseDomainPattern(host);
  if (!pattern?.ok) return undefined;
  return [...new Set([...trustedSites, pattern.pattern])];
}
