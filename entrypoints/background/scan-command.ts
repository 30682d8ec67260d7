import { browser } from 'wxt/browser';
import { SCAN_PAGE_COMMAND } from '../../lib/commands/scan-page-command';
import type { ScanStore } from '../../lib/db/scan-store';
import { canUse } from '../../lib/platform/browser-features';
import type { Pipeline } from '../../lib/scan/pipeline';
import { scanFromMenu } from './context-menu';

/** The keyboard shortcut scans the tab's page exactly as "Scan this page" in the menu does. */
export function registerScanCommand(pipeline: Pipeline, store: Pick<ScanStore, 'getVerdict'>): void {
  if (!canUse('keyboardShortcuts')) return;
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SCAN_PAGE_COMMAND) return;
    // Chrome passes the tab; without it, the active tab of the focused window is meant.
    const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (!target?.url) return;
    await scanFromMenu(pipeline, store, target.url, target.id);
  });
}
