import { type Browser, browser } from 'wxt/browser';
import type { Pipeline } from '../../lib/scan/pipeline';

export const MENU_SCAN_LINK = 'scan-link';
export const MENU_SCAN_PAGE = 'scan-page';

/** Menu items persist with the extension: create them once per install or update, not per click. */
export function registerContextMenus(pipeline: Pipeline): void {
  browser.runtime.onInstalled.addListener(async () => {
    // On an update the old items may still exist; creating an id twice is an error.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_SCAN_LINK, title: 'Scan this link', contexts: ['link'] });
    browser.contextMenus.create({ id: MENU_SCAN_PAGE, title: 'Scan this page', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab) => {
    const url = info.menuItemId === MENU_SCAN_LINK ? info.linkUrl : info.pageUrl;
    if (!url) return;
    void pipeline.scan(url, 'menu-click', tab?.id === undefined ? {} : { tabId: tab.id });
  });
}
