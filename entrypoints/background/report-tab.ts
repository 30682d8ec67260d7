import { browser } from 'wxt/browser';
import { reportPagePath } from '../../lib/report/report-page-address';

/** Opens a scan's full report page in a new tab, right after the tab that asked for it when there is one. */
export async function openReportTab(scanId: string, openerTabId: number | undefined): Promise<void> {
  const opener =
    openerTabId === undefined ? undefined : await browser.tabs.get(openerTabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(reportPagePath(scanId)),
    ...(opener?.id === undefined
      ? {}
      : { openerTabId: opener.id, windowId: opener.windowId, index: opener.index + 1 }),
  });
}
