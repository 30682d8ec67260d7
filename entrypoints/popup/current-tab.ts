import { type Browser, browser } from 'wxt/browser';

/**
 * The tab the popup is about: the active tab of this window. When the popup page is itself open in a
 * tab (opened from the address bar), it is about the tab used just before it instead.
 */
export async function currentTab(): Promise<Browser.tabs.Tab | undefined> {
  const self = browser.runtime.getURL('/');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && !active.url?.startsWith(self)) return active;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => !t.url?.startsWith(self));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
