import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import type { ScanStore, Waiters } from '../../lib/db/scan-store';
import { canUse } from '../../lib/platform/browser-features';
import { verdictNotification } from '../../lib/scan/verdict-notification';
import { restorePageOnToolbar, showOnToolbar } from './toolbar-badge';

/**
 * Tells open extension pages and the tabs that asked that a verdict changed (nobody listening is fine),
 * shows it on those tabs' toolbar icons, and notifies the person when they asked from the menu.
 */
export function createVerdictBroadcast(store: Pick<ScanStore, 'getVerdict'>) {
  return function broadcastVerdict(verdict: VerdictRow, { tabIds, reason }: Waiters): void {
    const update = { type: 'verdict-updated', url: verdict.url, kind: verdict.kind };
    browser.runtime.sendMessage(update).catch(() => {});
    for (const tabId of tabIds) browser.tabs.sendMessage(tabId, update).catch(() => {});
    if (reason !== 'menu-click') {
      void showOnToolbar(verdict, tabIds);
      return;
    }
    // A menu scan may be of a link, not of the page: each tab's icon returns to its page's own verdict.
    void restorePageOnToolbar(tabIds, (url) => store.getVerdict(url));
    void notify(`scanlink-${verdict.url}`, verdictNotification(verdict));
  };
}

/** Shows a notification; a browser without notifications (or with them off) only loses the message. */
export async function notify(id: string, content: { title: string; message: string }): Promise<void> {
  if (!canUse('notifications')) return;
  await browser.notifications
    .create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...content })
    .catch((error: unknown) => console.warn('Scanlink: could not show a notification', error));
}
