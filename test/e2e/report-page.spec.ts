import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Download, Page } from '@playwright/test';
import {
  HOSTILE_CATEGORY,
  HOSTILE_CONSOLE_TEXT,
  HOSTILE_PHISHING_KIND,
  HOSTILE_TITLE,
} from '../mock-api/hostile-strings';
import { buildReport } from '../mock-api/report';
import { scannerUrls } from '../mock-api/scanner-urls';
import { startMockUrlscan } from '../mock-urlscan/server';
import { inBothSchemes, seriousViolations } from './support/accessibility';
import { clickScanThisLink, readRow, writeRows } from './support/extension-state';
import { servePage } from './support/fixture-pages';
import { type Extension, expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { naturalWidth, reportField, scanFromPopup } from './support/popup';
import {
  bodyRows,
  columnTexts,
  pageOpenedBy,
  reportTable,
  sendFromContentScript,
} from './support/report-page';

// The full report page (report.html), opened as a person opens it: from the popup's report, from a
// history entry, and from the banner of a malicious page. The mock's report of a phishing page has two
// requests (the page and a CDN script), a cookie, a console error, and every other section filled in.

const PHISH = 'https://phish-bank.example/login';

/** Scans `url` from the popup, waits for its verdict, and opens the full report from the popup's report. */
async function fullReportFromPopup(
  context: Parameters<typeof scanFromPopup>[0],
  extension: Extension,
  url: string,
  verdict = 'Malicious',
): Promise<Page> {
  const popup = await scanFromPopup(context, extension, url);
  await expect(popup.getByRole('heading', { name: verdict })).toBeVisible();
  const report = popup.getByRole('region', { name: 'Report' });
  return pageOpenedBy(context, () => report.getByRole('link', { name: 'Open the full report' }).click());
}

/** Opens `url`'s entry in the popup's history, then its full report. */
async function fullReportFromHistory(
  context: Parameters<typeof scanFromPopup>[0],
  extension: Extension,
  url: string,
): Promise<Page> {
  const popup = await extension.page('popup.html');
  await popup.getByRole('region', { name: 'Recent scans' }).getByRole('button', { name: url }).click();
  const details = popup.getByRole('region', { name: 'Saved scan' });
  return pageOpenedBy(context, () => details.getByRole('link', { name: 'Open the full report' }).click());
}

async function scanIdOf(extension: Extension, url: string): Promise<string> {
  return String((await readRow(extension.worker, 'verdicts', url))?.scanId);
}

async function savedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test.describe('with Cloudflare', () => {
  test.beforeEach(async ({ extension, mockApi }) => {
    const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
    await options.close();
  });

  test('the popup opens the full report: every section in tables, the screenshot and the Radar link', async ({
    context,
    extension,
  }) => {
    const page = await fullReportFromPopup(context, extension, PHISH);
    const scanId = await scanIdOf(extension, PHISH);
    expect(page.url()).toBe(`chrome-extension://${extension.id}/report.html?scan=${scanId}`);
    await expect(page.getByRole('heading', { name: 'Scanlink report', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Malicious' })).toBeVisible();

    const requests = reportTable(page, 'Requests');
    await expect(bodyRows(requests)).toHaveCount(2);
    await expect(bodyRows(requests).first().getByRole('cell')).toHaveText([
      '1',
      'GET',
      '200',
      'Document',
      PHISH,
      /^\d+ B$/,
      /^\d+ B$/,
      '203.0.113.180',
      'Seychelles (SC)',
      'h2',
    ]);
    expect(await columnTexts(requests, 'Size')).toEqual([expect.stringMatching(/ B$/), '87.5 kB']);
    expect(await columnTexts(reportTable(page, 'Domains'), 'Domain')).toEqual([
      'phish-bank.example',
      'cdnjs.cloudflare.com',
    ]);
    const ips = reportTable(page, 'IP addresses');
    await expect(bodyRows(ips).first().getByRole('cell').nth(0)).toHaveText('203.0.113.180');
    await expect(bodyRows(ips).first()).toContainText('AS64510');
    await expect(bodyRows(ips).first()).toContainText('Victoria');
    expect(await columnTexts(reportTable(page, 'Networks (ASNs)'), 'ASN')).toEqual(['AS64510', 'AS13335']);
    expect(await columnTexts(reportTable(page, 'TLS certificates'), 'Names covered')).toContain(
      'phish-bank.example, *.phish-bank.example',
    );
    expect(await columnTexts(reportTable(page, 'DNS records'), 'Address')).toEqual(['203.0.113.180']);
    const cookies = reportTable(page, 'Cookies');
    await expect(bodyRows(cookies)).toHaveCount(1);
    expect(await columnTexts(cookies, 'Expires')).toEqual(['End of session']);
    expect(await columnTexts(reportTable(page, 'Console messages'), 'Message')).toEqual([
      'Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    // The phishing page has no links: the section says so.
    await expect(page.getByRole('region', { name: 'Links on the page' })).toContainText(
      'None in this report.',
    );
    expect(await columnTexts(reportTable(page, 'Technologies'), 'Technology')).toEqual(['jQuery']);
    const categories = reportTable(page, 'Categories and detections');
    await expect(bodyRows(categories).filter({ hasText: 'Security risk' })).toHaveText([
      /^Phishing/,
      /^New Domains/,
    ]);
    expect(await columnTexts(categories, 'Kind')).toContain('Phishing detection');
    const stats = page.getByRole('region', { name: 'Statistics' });
    await expect(reportField(stats, 'Secure requests')).toHaveText('2');
    expect(
      await columnTexts(reportTable(page, 'Requests by type, protocol, server and TLS'), 'Name'),
    ).toContain('TLS 1.3 / AES_128_GCM');
    await expect(page.getByRole('region', { name: 'Redirects' })).toContainText('The page did not redirect');

    const screenshot = page.getByRole('region', { name: 'Screenshots' }).getByRole('img', {
      name: 'Screenshot (desktop)',
    });
    await expect.poll(() => naturalWidth(screenshot)).toBeGreaterThan(0);
    const radar = page.getByRole('link', { name: 'View the full report on Cloudflare Radar' });
    await expect(radar).toHaveAttribute('href', `https://radar.cloudflare.com/scan/${scanId}/summary`);
    await expect(radar).toHaveAttribute('rel', 'noreferrer noopener');

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await inBothSchemes(page, () => seriousViolations(page))).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: test.info().outputPath(`report-page-${colorScheme}.png`),
        fullPage: true,
      });
    }
  });

  test('a history entry opens its full report, whose tables sort by keyboard and filter as one types', async ({
    context,
    extension,
  }) => {
    await clickScanThisLink(extension.worker, PHISH);
    await expect
      .poll(() => readRow(extension.worker, 'verdicts', PHISH))
      .toMatchObject({ kind: 'malicious' });
    const page = await fullReportFromHistory(context, extension, PHISH);
    await expect(page.locator('.url')).toHaveText(PHISH);

    const requests = reportTable(page, 'Requests');
    const address = requests.getByRole('button', { name: 'Address', exact: true });
    const addressHeader = requests.getByRole('columnheader', { name: 'Address', exact: true });
    await expect(addressHeader).not.toHaveAttribute('aria-sort');
    expect(await columnTexts(requests, 'Address')).toEqual([PHISH, expect.stringContaining('cdnjs')]);
    await address.focus();
    await page.keyboard.press('Enter');
    await expect(addressHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(await columnTexts(requests, 'Address')).toEqual([expect.stringContaining('cdnjs'), PHISH]);
    await page.keyboard.press('Enter');
    await expect(addressHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await columnTexts(requests, 'Address')).toEqual([PHISH, expect.stringContaining('cdnjs')]);
    // Tab moves on to the next header; sorting by it takes the mark from the first.
    await page.keyboard.press('Tab');
    await expect(requests.getByRole('button', { name: 'Size', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(requests.getByRole('columnheader', { name: 'Size', exact: true })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(addressHeader).not.toHaveAttribute('aria-sort');

    const filter = page.getByRole('searchbox', { name: 'Filter requests' });
    await filter.click();
    await page.keyboard.type('JQuery script');
    expect(await columnTexts(requests, 'Address')).toEqual([
      'https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js',
    ]);
    await expect(page.getByText('1 of 2 rows match.')).toBeVisible();
    await page.keyboard.type(' nothing-like-this');
    await expect(bodyRows(requests)).toHaveText(['No rows match the filter.']);
    await filter.fill('');
    await expect(bodyRows(requests)).toHaveCount(2);
  });

  test('the HAR and the DOM download from the scanner through the background, as the mock serves them', async ({
    context,
    extension,
    mockApi,
  }) => {
    const page = await fullReportFromPopup(context, extension, PHISH);
    const scanId = await scanIdOf(extension, PHISH);
    const fromMock = (kind: 'har' | 'dom') =>
      fetch(`${mockApi.baseUrl}/accounts/${mockApi.accountId}/urlscanner/v2/${kind}/${scanId}`, {
        headers: { authorization: `Bearer ${mockApi.token}` },
      });

    const [har] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the HAR' }).click(),
    ]);
    expect(har.suggestedFilename()).toBe(`scanlink-${scanId}.har`);
    expect(JSON.parse(await savedText(har))).toEqual(await (await fromMock('har')).json());
    await expect(page.getByRole('status')).toHaveText(`Saved scanlink-${scanId}.har.`);

    const [dom] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the DOM' }).click(),
    ]);
    expect(dom.suggestedFilename()).toBe(`scanlink-${scanId}-dom.txt`);
    const served = await (await fromMock('dom')).text();
    expect(served).toContain('<form action="/wp-includes/post.php"');
    expect(await savedText(dom)).toBe(served);
  });

  test('a scanner that cannot give the HAR says why, in words', async ({ context, extension, mockApi }) => {
    const page = await fullReportFromPopup(context, extension, PHISH);
    mockApi.injectFault({ route: 'har', status: 401 });
    await page.getByRole('button', { name: 'Download the HAR' }).click();
    await expect(page.getByRole('status')).toHaveText(
      /^Could not download the HAR \(every request and response\): .+/,
    );
  });

  test('report strings containing markup are shown as text in every table and never run', async ({
    context,
    extension,
  }) => {
    const page = await fullReportFromPopup(context, extension, 'https://markup-phish.example/login');

    await expect(reportField(page.getByRole('region', { name: 'Summary' }), 'Title')).toHaveText(
      HOSTILE_TITLE,
    );
    const console = reportTable(page, 'Console messages');
    expect(await columnTexts(console, 'Message')).toContain(HOSTILE_CONSOLE_TEXT);
    const names = await columnTexts(reportTable(page, 'Categories and detections'), 'Name');
    expect(names).toEqual(expect.arrayContaining([HOSTILE_CATEGORY, HOSTILE_PHISHING_KIND]));
    // What a person types to find it is the text, markup and all.
    await page
      .getByRole('searchbox', { name: 'Filter console messages' })
      .fill("<script>document.title='pwned'");
    await expect(bodyRows(console)).toHaveCount(1);

    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('svg')).toHaveCount(0);
    await expect(page.locator('#app script')).toHaveCount(0);
    expect(await page.title()).toBe('Scanlink report');
  });

  test('a report of 1,000 requests draws 200 rows until asked, and says which sections it lacks', async ({
    context,
    extension,
    mockApi,
  }) => {
    const url = 'https://big-portal.example/';
    const scanId = '5a1e0c4b-2d3f-4e5a-8b6c-7d8e9f0a1b2c';
    const report = buildReport(
      {
        uuid: scanId,
        url,
        visibility: 'unlisted',
        submittedAt: Date.now(),
        readyAt: Date.now(),
        ownerAccountId: mockApi.accountId,
        resolutions: ['desktop'],
        customHeaders: {},
      },
      scannerUrls(mockApi.baseUrl, mockApi.accountId),
    );
    const [entry] = report.data.requests;
    if (!entry) throw new Error('the mock’s report has no request to copy');
    report.data.requests = Array.from({ length: 1_000 }, (_, i) => {
      const copy = structuredClone(entry);
      copy.request.request.url = `https://big-portal.example/asset/${i + 1}.js`;
      return copy;
    });
    const { cookies: _cookies, ...dataWithoutCookies } = report.data;
    const { dns: _dns, ...processors } = report.meta.processors;
    const planted = { ...report, data: dataWithoutCookies, meta: { processors } };
    const scan = {
      url,
      kind: 'safe',
      reasons: [],
      categories: [],
      scanId,
      finishedAt: Date.now(),
      reused: false,
    };
    await writeRows(extension.worker, 'scans', [scan]);
    await writeRows(extension.worker, 'reports', [{ scanId, provider: 'cloudflare', report: planted }]);

    const page = await fullReportFromHistory(context, extension, url);
    const requests = reportTable(page, 'Requests');
    await expect(bodyRows(requests)).toHaveCount(200);
    await expect(page.getByText('1,000 rows.')).toBeVisible();
    const showAll = page.getByRole('button', { name: 'Show all 1,000 rows (800 more)' });
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect(bodyRows(requests)).toHaveCount(1_000);
    await expect(page.getByRole('button', { name: 'Show only the first 200 rows' })).toBeFocused();
    await expect(bodyRows(requests).last()).toContainText('https://big-portal.example/asset/1000.js');

    await expect(page.getByRole('region', { name: 'Cookies' })).toContainText('Not in this report.');
    await expect(page.getByRole('region', { name: 'DNS records' })).toContainText('Not in this report.');
    await expect(reportTable(page, 'Cookies')).toHaveCount(0);
  });
});

test('the banner of a malicious page opens the full report of that page', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi);
  const url = 'https://secure-login-phish.example/signin';
  await servePage(
    context,
    'https://secure-login-phish.example/**',
    '<!doctype html><title>Bank</title><h1>Sign in</h1>',
  );
  const site = await context.newPage();
  await site.goto(url);
  const banner = site.getByRole('alert');
  await expect(banner).toContainText('this page was reported malicious', { timeout: 20_000 });

  const page = await pageOpenedBy(context, () =>
    banner.getByRole('button', { name: 'View the report' }).click(),
  );
  expect(page.url()).toBe(
    `chrome-extension://${extension.id}/report.html?scan=${await scanIdOf(extension, url)}`,
  );
  await expect(page.locator('.url')).toHaveText(url);
  await expect(page.getByRole('heading', { name: 'Malicious' })).toBeVisible();
  await expect(bodyRows(reportTable(page, 'Requests'))).toHaveCount(2);
});

test('a content script can open only its own page’s report, and reads no report or file itself', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const offers = 'https://suspicious-offers.example/deal';
  await clickScanThisLink(extension.worker, PHISH);
  await expect.poll(() => readRow(extension.worker, 'verdicts', PHISH)).toMatchObject({ kind: 'malicious' });
  const otherScanId = await scanIdOf(extension, PHISH);
  // A page Scanlink has no verdict for (a loopback address is never scanned) asks for another's report.
  const plain = await context.newPage();
  await plain.goto(`${mockApi.origin}/`);
  const tabs = context.pages().length;
  expect(
    await sendFromContentScript(plain, { type: 'open-report', scanId: otherScanId, url: PHISH }),
  ).toEqual({
    ok: false,
    error: 'Scanlink has no report of this page.',
  });
  for (const message of [
    { type: 'get-full-report', scanId: otherScanId },
    { type: 'get-report-file', scanId: otherScanId, kind: 'har' },
  ]) {
    expect(await sendFromContentScript(plain, message)).toEqual({
      ok: false,
      error: 'Not allowed from this context',
    });
  }
  expect(context.pages()).toHaveLength(tabs);
  expect(mockApi.counts().har).toBe(0);

  // A page with a verdict that names another scan still gets its own report, and only that. (Suspicious:
  // a known-malicious page would stop on the warning page, where no content script runs.)
  await servePage(
    context,
    'https://suspicious-offers.example/**',
    '<!doctype html><title>Offers</title><p>Deals',
  );
  await clickScanThisLink(extension.worker, offers);
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', offers))
    .toMatchObject({ kind: 'suspicious' });
  const site = await context.newPage();
  await site.goto(offers);
  const page = await pageOpenedBy(context, async () => {
    expect(await sendFromContentScript(site, { type: 'open-report', scanId: otherScanId })).toEqual({
      ok: true,
      value: { opened: true },
    });
  });
  expect(page.url()).toBe(
    `chrome-extension://${extension.id}/report.html?scan=${await scanIdOf(extension, offers)}`,
  );
});

test('a urlscan.io report shows its sections, downloads its DOM, and says it has no HAR', async ({
  context,
  extension,
}) => {
  const urlscan = await startMockUrlscan({ scanDurationMs: 500 });
  try {
    const options = await extension.page('options.html');
    await options.getByRole('radio', { name: /urlscan\.io/ }).check();
    await options.getByLabel('urlscan.io API key', { exact: true }).fill(urlscan.apiKey);
    await options.getByLabel('urlscan.io API URL', { exact: true }).fill(urlscan.baseUrl);
    await options.getByLabel('Scan pages I visit').uncheck();
    await options.getByLabel('First result check after (seconds)').fill('0.3');
    await options.getByLabel('Then check every (seconds)').fill('0.3');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status')).toHaveText('Saved.');

    const url = 'https://login-phish.example/account';
    const page = await fullReportFromPopup(context, extension, url);
    const scanId = await scanIdOf(extension, url);
    expect(await readRow(extension.worker, 'reports', scanId)).toMatchObject({ provider: 'urlscan' });

    await expect(bodyRows(reportTable(page, 'Requests'))).toHaveCount(2);
    expect(await columnTexts(reportTable(page, 'Technologies'), 'Technology')).toEqual(['jQuery']);
    await expect(page.getByRole('button', { name: 'Download the HAR' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Downloads' })).toContainText(
      'urlscan.io does not offer the HAR (every request and response) for download.',
    );
    await expect(page.getByRole('link', { name: 'View the full report on urlscan.io' })).toHaveAttribute(
      'href',
      `https://urlscan.io/result/${scanId}/`,
    );

    const [dom] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the DOM' }).click(),
    ]);
    const served = await fetch(`${urlscan.baseUrl}/dom/${scanId}/`, {
      headers: { 'api-key': urlscan.apiKey },
    });
    expect(served.status).toBe(200);
    expect(await savedText(dom)).toBe(await served.text());
  } finally {
    await urlscan.close();
  }
});

test('a ScanURL report shows its layers and says plainly it has no files or screenshots', async ({
  context,
  extension,
  mockApi,
}) => {
  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await options.close();
  const seed = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../fixtures/scanurl/response-seed.json'), 'utf8'),
  );
  const url = 'https://www.facebook.com/';
  const scanId = 'scanurl-m1x2y3-1a2b3c4d';
  await writeRows(extension.worker, 'scans', [
    {
      url,
      kind: 'safe',
      reasons: ['Trusted'],
      categories: [],
      scanId,
      finishedAt: Date.now(),
      reused: false,
    },
  ]);
  await writeRows(extension.worker, 'reports', [{ scanId, provider: 'scanurl', report: seed.data }]);

  const page = await fullReportFromHistory(context, extension, url);
  await expect(reportField(page.getByRole('region', { name: 'Summary' }), 'Final verdict')).toHaveText(
    'Trusted',
  );
  await expect(page.getByRole('region', { name: 'Downloads' })).toContainText(
    'ScanURL does not offer the HAR (every request and response) or the DOM (the page’s final HTML) for download.',
  );
  await expect(page.getByRole('region', { name: 'Downloads' }).getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Screenshots' })).toContainText(
    'ScanURL takes no screenshots.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sections of the report' }).getByRole('link')).toHaveText(
    ['Summary', 'Screenshots'],
  );
});
