import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import type { ScanStore } from '../../lib/db/scan-store';
import {
  allowRules,
  blockedUrlOf,
  blockRules,
  checkPagePath,
  exactUrlFilters,
  isBlockable,
  MAX_BLOCKED_URLS,
  urlsToBlock,
} from '../../lib/navigation/block-rules';
import type { NavigationControl } from '../../lib/navigation/navigation-control';
import { canUse } from '../../lib/platform/browser-features';
import type { Settings } from '../../lib/settings/settings-schema';

// The polyfill's types lag behind Chrome's declarativeNetRequest; our rules use only stable fields.
type Rules = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'];

const dnr = () => browser.declarativeNetRequest;
const sameRules = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/** The URLs the dynamic rules stop now: the rules themselves are the record, and they survive restarts. */
async function currentlyBlocked(): Promise<string[]> {
  if (!canUse('navigationBlocking')) return [];
  return (await dnr().getDynamicRules()).flatMap((rule) => blockedUrlOf(rule) ?? []);
}

/**
 * Stops navigations to known-malicious URLs before the page loads (declarativeNetRequest redirects them to
 * the warning page), lets one through for the session on "Continue anyway", and opens held links.
 */
export function createNavigationGuard(store: ScanStore, settings: () => Promise<Settings>) {
  async function replaceBlockRules(): Promise<void> {
    if (!canUse('navigationBlocking')) return;
    const { trustedSites } = await settings();
    const [malicious, existing] = await Promise.all([
      store.newestMaliciousVerdicts(MAX_BLOCKED_URLS, (verdict) => isBlockable(verdict.url, trustedSites)),
      dnr().getDynamicRules(),
    ]);
    const previous = [...new Set(existing.flatMap((rule) => blockedUrlOf(rule) ?? []))];
    const rules = blockRules(
      urlsToBlock(malicious, previous, await store.getVerdicts(previous)),
      trustedSites,
    );
    if (sameRules(rules, existing)) return;
    await dnr().updateDynamicRules({
      removeRuleIds: existing.map((rule) => rule.id),
      addRules: rules as Rules,
    });
  }

  // One change at a time (two overlapping ones would remove the same rules), and requests that arrive
  // while one runs share a single next run. Failures are logged: the settings or history change that
  // asked for the refresh has happened, and the next verdict or start-up refreshes again.
  let running: Promise<void> = Promise.resolve();
  let next: Promise<void> | undefined;
  function serialised(work: () => Promise<void>): Promise<void> {
    const run = running
      .then(work)
      .catch((error: unknown) => console.error('Scanlink: blocking rules', error));
    running = run;
    return run;
  }
  function refreshBlocking(): Promise<void> {
    next ??= serialised(async () => {
      next = undefined;
      await replaceBlockRules();
    });
    return next;
  }

  const control: NavigationControl = {
    refreshBlocking,
    async isStopped(url) {
      return (await currentlyBlocked()).includes(url);
    },
    allowForSession(url) {
      return serialised(async () => {
        if (!(await currentlyBlocked()).includes(url)) return;
        const existing = await dnr().getSessionRules();
        const filters = new Set(existing.map((rule) => rule.condition.urlFilter));
        if (exactUrlFilters(url).every((filter) => filters.has(filter))) return;
        const firstId = Math.max(0, ...existing.map((rule) => rule.id)) + 1;
        await dnr().updateSessionRules({ addRules: allowRules(url, firstId) as Rules });
      });
    },
    async open(url, { tabId, newTab, checking }) {
      const target = checking
        ? browser.runtime.getURL(checkPagePath({ holding: url }) as '/check.html')
        : url;
      if (newTab || tabId === undefined) {
        await browser.tabs.create({
          url: target,
          active: !newTab,
          ...(tabId === undefined ? {} : { openerTabId: tabId }),
        });
      } else {
        await browser.tabs.update(tabId, { url: target });
      }
    },
  };
  return {
    ...control,
    /** A verdict was decided: the rules change when a URL became malicious, or a stopped one proved safe. */
    async verdictChanged(verdict: VerdictRow): Promise<void> {
      if (verdict.kind === 'malicious') return refreshBlocking();
      if (verdict.kind === 'safe' || verdict.kind === 'suspicious') {
        if ((await currentlyBlocked()).includes(verdict.url)) return refreshBlocking();
      }
    },
  };
}
