import { type Browser, browser } from 'wxt/browser';
import type { ScanStore } from '../../lib/db/scan-store';
import { t } from '../../lib/i18n/translate';
import { canUse } from '../../lib/platform/browser-features';
import type { Pipeline } from '../../lib/scan/pipeline';
import { verdictNotification } from '../../lib/scan/verdict-notification';
import { restorePageOnToolbar, showLinkScanOnToolbar } from './toolbar-badge';
import { notify } from './verdict-broadcast';

export const MENU_SCAN_LINK = 'scan-link';
export const MENU_SCAN_PAGE = 'scan-page';

/** Menu items persist with the extension: create them once per install or update, not per click. */
export function registerContextMenus(pipeline: Pipeline, store: Pick<ScanStore, 'getVerdict'>): void {
  if (!canUse('contextMenus')) return;
  browser.runtime.onInstalled.addListener(async () => {
    // On an update the old items may still exist; creating an id twice is an error.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_SCAN_LINK, title: t('menu.scanLink'), contexts: ['link'] });
    browser.contextMenus.create({ id: MENU_SCAN_PAGE, title: t('menu.scanPage'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab) => {
    const url = info.menuItemId === MENU_SCAN_LINK ? info.linkUrl : info.pageUrl;
    if (!url) return;
    void scanFromMenu(pipeline, store, url, tab?.id);
  });
}

/**
 * A menu scan (or the keyboard shortcut's) jumps the queue; the tab's toolbar icon shows it running until the verdict arrives, and a
 * notification answers every time: at once when the verdict is known, the link cannot be scanned, or
 * something failed; when the scan ends otherwise.
 */
export async function scanFromMenu(
  pipeline: Pipeline,
  store: Pick<ScanStore, 'getVerdict'>,
  url: string,
  tabId: number | undefined,
): Promise<void> {
  const pageVerdict = (page: string) => store.getVerdict(page);
  try {
    // Before the request: a reused scan can finish before `scan()` returns.
    if (tabId !== undefined) await showLinkScanOnToolbar(tabId, pageVerdict);
    const outcome = await pipeline.scan(url, 'menu-click', tabId === undefined ? {} : { tabId });
    if (outcome.status === 'refused') {
      await notify(`scanlink-${url}`, { title: t('notification.refused'), message: outcome.message });
    } else if (outcome.status === 'cached') {
      await notify(`scanlink-${outcome.verdict.url}`, verdictNotification(outcome.verdict));
    } else return;
    if (tabId !== undefined) await restorePageOnToolbar([tabId], pageVerdict);
  } catch (error) {
    console.error('Scanlink: menu scan failed', error);
    if (tabId !== undefined) await restorePageOnToolbar([tabId], pageVerdict).catch(() => {});
    await notify(`scanlink-${url}`, {
      title: t('notification.failed'),
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
