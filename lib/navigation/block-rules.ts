import type { VerdictRow } from '../db/rows';
import { isTrustedUrl } from '../settings/trusted-sites';

/** The declarativeNetRequest rule fields we use (the browser's own types differ between Chrome and Firefox). */
export interface NavigationRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { extensionPath: string } } | { type: 'allow' };
  condition: { urlFilter: string; isUrlFilterCaseSensitive: true; resourceTypes: ['main_frame'] };
}

/** The extension page that warns about (or holds) a navigation. */
export const CHECK_PAGE = '/check.html';

/**
 * Chrome allows 5,000 dynamic rules that redirect; two rules a URL, so the newest 2,000 known-malicious
 * URLs are stopped before they load. Older ones still get the banner once their page loads.
 */
export const MAX_BLOCKED_URLS = 2_000;

/**
 * Two URL filters that match exactly `url`, with or without a fragment: `|url|` anchors both ends, and
 * `|url#` covers `url#anything`. (A `*` or `^` inside a URL is a wildcard to the filter syntax, which can
 * only make the match wider, never let the URL itself through.)
 */
export function exactUrlFilters(url: string): string[] {
  return [`|${url}|`, `|${url}#`];
}

export function checkPagePath(params: { blocked: string } | { holding: string }): string {
  return `${CHECK_PAGE}?${new URLSearchParams(params)}`;
}

/** Rules that send a navigation to a known-malicious URL to the warning page before anything loads. */
export function blockRules(
  malicious: readonly VerdictRow[],
  trustedSites: readonly string[],
): NavigationRule[] {
  const urls = malicious
    .filter((verdict) => !isTrustedUrl(verdict.url, trustedSites))
    .slice(0, MAX_BLOCKED_URLS)
    .map((verdict) => verdict.url);
  return urls.flatMap((url, i) =>
    exactUrlFilters(url).map((urlFilter, j) => ({
      id: 2 * i + j + 1,
      priority: 1,
      action: { type: 'redirect' as const, redirect: { extensionPath: checkPagePath({ blocked: url }) } },
      condition: {
        urlFilter,
        isUrlFilterCaseSensitive: true as const,
        resourceTypes: ['main_frame' as const],
      },
    })),
  );
}

/** Rules that let `url` through the block rules (higher priority), numbered from `firstId`. */
export function allowRules(url: string, firstId: number): NavigationRule[] {
  return exactUrlFilters(url).map((urlFilter, j) => ({
    id: firstId + j,
    priority: 2,
    action: { type: 'allow' as const },
    condition: { urlFilter, isUrlFilterCaseSensitive: true as const, resourceTypes: ['main_frame' as const] },
  }));
}
