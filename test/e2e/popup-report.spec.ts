import { HOSTILE_CONSOLE_TEXT, HOSTILE_TITLE } from '../mock-api/hostile-strings';
import { clickScanThisLink, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { naturalWidth, reportField, scanFromPopup } from './support/popup';

test.beforeEach(async ({ extension, mockApi }) => {
  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  // Closed, so that a button opening the options has to open them anew (it would focus an open tab).
  await options.close();
});

test('the popup shows the scanned page’s report summary, screenshot and Radar link', async ({
  context,
  extension,
}) => {
  const popup = await scanFromPopup(context, extension, 'https://phish-bank.example/login');

  const report = popup.getByRole('region', { name: 'Report' });
  for (const [term, value] of [
    ['Title', 'Sign in to your account'],
    ['Final URL', 'https://phish-bank.example/login'],
    ['IP address', '203.0.113.180'],
    ['ASN', 'AS64510 EXAMPLE-OFFSHORE'],
    ['Country', 'Seychelles (SC)'],
    ['Server', 'Apache/2.4.41 (Ubuntu)'],
    ['TLS certificate', /^Issued by WE1 valid from .+ until .+ \(90 days\)$/],
    ['Categories', 'Phishing, New Domains'],
    ['Phishing', 'CredentialHarvester, BrandImpersonation'],
    ['Radar rank', 'Not ranked (>200000)'],
    ['Technologies', 'jQuery'],
    ['Requests', '2'],
    ['Domains', '2'],
    ['Cookies', '1'],
    ['Console errors', '1'],
    ['Visibility', 'unlisted'],
  ] as const) {
    await expect(reportField(report, term)).toHaveText(value);
  }

  const screenshot = report.getByRole('img', { name: 'Screenshot (desktop)' });
  await expect.poll(() => naturalWidth(screenshot)).toBeGreaterThan(0);
  const verdict = await readRow(extension.worker, 'verdicts', 'https://phish-bank.example/login');
  await expect(
    report.getByRole('link', { name: 'View the full report on Cloudflare Radar' }),
  ).toHaveAttribute('href', `https://radar.cloudflare.com/scan/${String(verdict?.scanId)}/summary`);
  await popup.setViewportSize({ width: 400, height: 1100 });
  await popup.screenshot({ path: test.info().outputPath('popup-report.png'), fullPage: true });
});

test('while a scan runs the popup says what it is doing and for how long, counting up', async ({
  context,
  extension,
  mockApi,
}) => {
  mockApi.setScanDuration(8_000);
  const popup = await scanFromPopup(context, extension, 'https://slow-news.example/');

  const progress = popup.getByRole('region', { name: 'Scan progress' });
  await expect(progress.getByRole('timer')).toHaveText(/^[0-2] s$/);
  await expect(progress).toContainText('Cloudflare is scanning the page');
  // The same element counts on, without a reload.
  await expect(progress.getByRole('timer')).toHaveText(/^([3-9]|\d\d) s$/);
  await expect(popup.getByRole('heading', { name: 'No threats found' })).toBeVisible();
  await expect(progress).toHaveCount(0);
});

test('rejected credentials are said in words, with a button that opens the options', async ({
  context,
  extension,
  mockApi,
}) => {
  mockApi.injectFault({ route: 'any', status: 401 });
  const popup = await scanFromPopup(context, extension, 'https://docs.example/start');

  await expect(popup.getByRole('heading', { name: 'Cloudflare rejected your API token' })).toBeVisible();
  await expect(popup.getByText('Check the account ID and API token in the options.')).toBeVisible();
  const optionsUrl = `chrome-extension://${extension.id}/options.html`;
  expect(context.pages().map((page) => page.url())).not.toContain(optionsUrl);
  await popup.getByRole('button', { name: 'Open the options' }).click();
  await expect.poll(() => context.pages().map((page) => page.url())).toContain(optionsUrl);
});

test('a rate-limited queue says when it will try again', async ({ context, extension, mockApi }) => {
  mockApi.injectFault({ route: 'any', status: 429, retryAfterSeconds: 120 });
  const askedAt = Date.now();
  const popup = await scanFromPopup(context, extension, 'https://docs.example/start');

  const wait = popup.getByRole('region', { name: 'Scan progress' }).getByRole('status');
  await expect(wait).toContainText('Cloudflare asked Scanlink to slow down (too many requests)');
  await expect(wait).toHaveText(
    /It will try again at \d{1,2}:\d{2}:\d{2}.* \(in (2 min|1 min \d{1,2} s)\)\.$/,
  );
  const retryAt = Date.parse(String(await wait.locator('time').getAttribute('datetime')));
  expect(retryAt).toBeGreaterThanOrEqual(askedAt + 119_000);
  expect(retryAt).toBeLessThanOrEqual(Date.now() + 120_000);
});

test('opening a history entry shows its report and screenshot, and Back returns to the list', async ({
  extension,
}) => {
  for (const [url, kind] of [
    ['https://login-phish.example/a', 'malicious'],
    ['https://docs.example/b', 'safe'],
  ] as const) {
    await clickScanThisLink(extension.worker, url);
    await expect.poll(() => readRow(extension.worker, 'verdicts', url)).toMatchObject({ kind });
  }
  const popup = await extension.page('popup.html');
  const history = popup.getByRole('region', { name: 'Recent scans' });
  const entry = history.getByRole('button', { name: /https:\/\/login-phish\.example\/a/ });
  await entry.focus();
  await popup.keyboard.press('Enter');

  const details = popup.getByRole('region', { name: 'Saved scan' });
  await expect(details.getByRole('heading', { name: 'Saved scan' })).toBeFocused();
  await expect(history).toBeHidden();
  await expect(details.getByRole('heading', { name: 'Malicious' })).toBeVisible();
  await expect(reportField(details, 'Title')).toHaveText('Sign in to your account');
  await expect(reportField(details, 'Final URL')).toHaveText('https://login-phish.example/a');
  const screenshot = details.getByRole('img', { name: 'Screenshot (desktop)' });
  await expect.poll(() => naturalWidth(screenshot)).toBeGreaterThan(0);

  await details.getByRole('button', { name: /Back to recent scans/ }).click();
  await expect(details).toHaveCount(0);
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(entry).toBeFocused();
});

test('report strings containing markup are shown as text and never run', async ({ context, extension }) => {
  const popup = await scanFromPopup(context, extension, 'https://markup-news.example/today');

  const report = popup.getByRole('region', { name: 'Report' });
  await expect(reportField(report, 'Title')).toHaveText(HOSTILE_TITLE);
  await expect(report.getByRole('list', { name: 'Console errors' })).toContainText(HOSTILE_CONSOLE_TEXT);
  await expect(report.getByRole('img', { name: 'Screenshot (desktop)' })).toBeVisible();
  // The screenshot is the popup's only picture: none was made from the title's <img>.
  await expect(popup.locator('img')).toHaveCount(1);
  await expect(popup.locator('img[src="x"]')).toHaveCount(0);
  await expect(popup.locator('main script')).toHaveCount(0);
  expect(await popup.title()).toBe('Scanlink');
});
