import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The tab a click opens (a link with target=_blank, or the background opening one), once it has loaded. */
export async function pageOpenedBy(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), click()]);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** One of the full report page's tables, by its accessible name. */
export function reportTable(page: Page, name: string): Locator {
  return page.getByRole('table', { name, exact: true });
}

/** The body rows of a table (not its header row). */
export function bodyRows(table: Locator): Locator {
  return table.locator('tbody tr');
}

/** The text of one column's cells, top to bottom, by the column header's name. */
export async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.replace(/[▲▼↕]/g, '').trim() === header);
  if (index < 0) throw new Error(`No column "${header}" in ${headers.join(' | ')}`);
  return bodyRows(table)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}

/**
 * Sends a runtime message from `page`'s Scanlink content script (its isolated world) through DevTools,
 * as a compromised or curious page script cannot, but the content script could. (As messages.spec.ts.)
 */
export async function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  while (!worlds.some((world) => world.name === 'Scanlink') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const world = worlds.find((w) => w.name === 'Scanlink');
  if (!world) throw new Error('Scanlink’s content script did not start in this page');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  return result.value;
}
