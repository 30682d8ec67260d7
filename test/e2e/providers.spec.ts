import type { Page } from '@playwright/test';
import { startMockScanUrl } from '../mock-scanurl/server';
import { startMockUrlscan } from '../mock-urlscan/server';
import { readRow } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { type Extension, expect, test } from './support/fixtures';

const PHISH = 'https://login-phish.example/account';

/** Chooses a scanner in the options form and fills in its account, as a person would. */
async function chooseScanner(extension: Extension, scanner: RegExp, fields: Record<string, string>) {
  const options = await extension.page('options.html');
  await options.getByRole('radio', { name: scanner }).check();
  for (const [label, value] of Object.entries(fields))
    await options.getByLabel(label, { exact: true }).fill(value);
  await options.getByLabel('Scan pages I visit').uncheck();
  await options.getByLabel('First result check after (seconds)').fill('0.3');
  await options.getByLabel('Then check every (seconds)').fill('0.3');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status')).toContainText('Connected');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  return options;
}

async function hoverPhishingLink(page: Page) {
  await page.goto('https://news.example/');
  await page.locator('#phish').hover();
  await expect(page.getByRole('img', { name: /^Scanlink: malicious/ })).toBeVisible();
}

test('with urlscan.io chosen in the options, a rested-on link is scanned there and badged', async ({
  context,
  extension,
}) => {
  const urlscan = await startMockUrlscan({ scanDurationMs: 500 });
  try {
    await chooseScanner(extension, /urlscan\.io/, {
      'urlscan.io API key': urlscan.apiKey,
      'urlscan.io API URL': urlscan.baseUrl,
    });
    await servePage(context, 'https://news.example/', LINKS_PAGE);
    await hoverPhishingLink(await context.newPage());
    expect(urlscan.requests().filter((request) => request.route === 'submit')).toHaveLength(1);
    const verdict = await readRow(extension.worker, 'verdicts', PHISH);
    expect(await readRow(extension.worker, 'reports', String(verdict?.scanId))).toMatchObject({
      provider: 'urlscan',
    });
  } finally {
    await urlscan.close();
  }
});

test('with ScanURL chosen in the options, a rested-on link gets its verdict in one call', async ({
  context,
  extension,
}) => {
  const scanurl = await startMockScanUrl();
  try {
    await chooseScanner(extension, /ScanURL/, {
      'ScanURL API key': scanurl.apiKey,
      'ScanURL API URL': scanurl.baseUrl,
    });
    const testCalls = scanurl.requests().length;
    await servePage(context, 'https://news.example/', LINKS_PAGE);
    await hoverPhishingLink(await context.newPage());
    expect(scanurl.requests().length - testCalls).toBe(1);
    const verdict = await readRow(extension.worker, 'verdicts', PHISH);
    expect(verdict?.reasons).toEqual(
      expect.arrayContaining([expect.stringContaining('Potential Fraud Risk')]),
    );
  } finally {
    await scanurl.close();
  }
});
