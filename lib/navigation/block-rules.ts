import type { VerdictRow } from '../db/rows';
import { isTrustedUrl } from '../settings/trusted-sites';

/** The declarativeNetRequest rule fields we use (the browser's own types differ between Chrome and Firefox). */
export interface NavigationRule {
  id: number;
  priority: number;
  action: { type: 'redirect' | 'allow'; redirect?: { extensionPath: string } };
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
 * `|url#` covers `url#anything`.
 */
export function exactUrlFilters(url: string): string[] {
  return [`|${url}|`, `|${url}#`];
}

/**
 * `*` and `^` are wildcards to the filter syntax: a URL holding one would also stop other addresses and
 * show them a warning about this one. Such URLs get the banner once their page loads instead.
 */
export function canBeMatchedExactly(url: string): boolean {
  return !/[*^]/.test(url);
}

export function checkPagePath(params: { blocked: string } | { holding: string }): string {
  return `${CHECK_PAGE}?${new URLSearchParams(params)}`;
}

/** The URL a block rule sends to the warning page, read back from the rule. */
export function blockedUrlOf(rule: {
  action: { redirect?: { extensionPath?: string } };
}): string | undefined {
  const path = rule.action.redirect?.extensionPath;
  return path?.startsWith(`${CHECK_PAGE}?`)
    ? (new URLSearchParams(path.slice(CHECK_PAGE.length)).get('blocked') ?? undefined)
    : undefined;
}

/** Verdicts that say nothing new about a page: a scan running, failed or inconclusive. */
const INCONCLUSIVE: ReadonlySet<VerdictRow['kind']> = new Set(['pending', 'error', 'unknown']);

/**
 * What to stop now: every URL whose verdict is malicious, and every URL stopped before whose rescan has
 * not concluded otherwise. A rescan that runs, fails or cannot judge the page (a site hiding from the
 * scanner) must not lift the block; a safe or suspicious verdict does, and so does forgetting the verdict.
 */
export function urlsToBlock(
  malicious: readonly VerdictRow[],
  previouslyBlocked: readonly string[],
  currentVerdicts: readonly VerdictRow[],
): string[] {
  const kinds = new Map(currentVerdicts.map((verdict) => [verdict.url, verdict.kind]));
  const kept = previouslyBlocked.filter((url) => {
    const kind = kinds.get(url);
    return kind !== undefined && INCONCLUSIVE.has(kind);
  });
  return [...new Set([...malicious.map((verdict) => verdict.url), ...kept])];
}

/** Whether a rule may stop `url`: its filter can match it exactly, and the person does not trust its site. */
export function isBlockable(url: string, trustedSites: readonly string[]): boolean {
  return canBeMatchedExactly(url) && !isTrustedUrl(url, trustedSites);
}

/** Rules that send a navigation to a known-malicious URL to the warning page before anything loads. */
export function blockRules(urls: readonly string[], trustedSites: readonly string[]): NavigationRule[] {
  const blocked = urls.filter((url) => isBlockable(url, trustedSites)).slice(0, MAX_BLOCKED_URLS);
  return blocked.flatMap((url, i) =>
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
