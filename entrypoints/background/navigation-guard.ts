import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import type { ScanStore } from '../../lib/db/scan-store';
import { allowRules, blockRules, checkPagePath, type NavigationRule } from '../../lib/navigation/block-rules';
import type { NavigationControl } from '../../lib/navigation/navigation-control';
import type { Settings } from '../../lib/settings/settings-schema';

// The polyfill's types lag behind Chrome's declarativeNetRequest; our rules use only stable fields.
type Rules = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'];

/**
 * Stops navigations to known-malicious URLs before the page loads (declarativeNetRequest redirects them to
 * the warning page), lets one through for the session on "Continue anyway", and opens held links.
 */
export function createNavigationGuard(store: ScanStore, settings: () => Promise<Settings>) {
  let refreshing = Promise.resolve();
  /** The URLs the rules stop now; empty after a restart until the first refresh (start-up runs one). */
  let blocked = new Set<string>();

  async function replaceBlockRules(): Promise<void> {
    const [malicious, { trustedSites }, existing] = await Promise.all([
      store.maliciousVerdicts(),
      settings(),
      browser.declarativeNetRequest.getDynamicRules(),
    ]);
    const rules: NavigationRule[] = blockRules(malicious, trustedSites);
    blocked = new Set(malicious.map((verdict) => verdict.url));
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: existing.map((rule) => rule.id),
      addRules: rules as Rules,
    });
  }

  // One refresh at a time, in order: two overlapping ones would both remove the same old rules.
  function refreshBlocking(): Promise<void> {
    refreshing = refreshing.then(replaceBlockRules, replaceBlockRules);
    return refreshing;
  }

  const control: NavigationControl = {
    refreshBlocking,
    async allowOnce(url) {
      const existing = await browser.declarativeNetRequest.getSessionRules();
      const firstId = Math.max(0, ...existing.map((rule) => rule.id)) + 1;
      await browser.declarativeNetRequest.updateSessionRules({ addRules: allowRules(url, firstId) as Rules });
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
    /** A verdict was decided: the rules change when a URL became malicious, or stopped being so. */
    verdictChanged(verdict: VerdictRow): Promise<void> {
      return verdict.kind === 'malicious' || blocked.has(verdict.url) ? refreshBlocking() : Promise.resolve();
    },
  };
}
