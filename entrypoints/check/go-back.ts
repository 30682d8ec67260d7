import { browser } from 'wxt/browser';

/** Leaves the checking page: back where the person came from, or closes a tab opened just for it. */
export async function goBack(): Promise<void> {
  if (history.length > 1) {
    history.back();
    return;
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
