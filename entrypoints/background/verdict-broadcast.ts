import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import { showOnToolbar } from './toolbar-badge';

/** Tells open extension pages and the tabs that asked that a verdict changed; nobody listening is fine. */
export function broadcastVerdict(verdict: VerdictRow, tabIds: readonly number[]): void {
  const update = { type: 'verdict-updated', url: verdict.url, kind: verdict.kind };
  browser.runtime.sendMessage(update).catch(() => {});
  for (const tabId of tabIds) browser.tabs.sendMessage(tabId, update).catch(() => {});
  void showOnToolbar(verdict, tabIds);
}
