import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import type { Waiters } from '../../lib/db/scan-store';
import { verdictNotification } from '../../lib/scan/verdict-notification';
import { showOnToolbar } from './toolbar-badge';

/**
 * Tells open extension pages and the tabs that asked that a verdict changed (nobody listening is fine),
 * shows it on those tabs' toolbar icons, and notifies the person when they asked from the menu.
 */
export function broadcastVerdict(verdict: VerdictRow, { tabIds, reason }: Waiters): void {
  const update = { type: 'verdict-updated', url: verdict.url, kind: verdict.kind };
  browser.runtime.sendMessage(update).catch(() => {});
  for (const tabId of tabIds) browser.tabs.sendMessage(tabId, update).catch(() => {});
  void showOnToolbar(verdict, tabIds);
  if (reason === 'menu-click') {
    browser.notifications
      .create(`scanlink-${verdict.url}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...verdictNotification(verdict),
      })
      .catch((error: unknown) => console.warn('Scanlink: could not show a notification', error));
  }
}
