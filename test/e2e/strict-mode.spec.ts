import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test.use({ mockOptions: { scanDurationMs: 2_500 } });

const DESTINATION = '<!doctype html><title>Destination</title><h1>Destination page</h1>';
/** Every destination page the browser actually requested. */
let served: string[] = [];

test.beforeEach(async ({ context, extension, mockApi }) => {
  served = [];
  await configureThroughOptions(extension, mockApi, { noVisitScans: true, strictMode: true });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  for (const site of ['https://docs.example/**', 'https://login-phish.example/**']) {
    await context.route(site, (route) => {
      served.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: DESTINATION });
    });
  }
});

test('strict mode holds a clicked link on the checking page, then opens it once it proves safe', async ({
  context,
  extension,
  mockApi,
}) => {
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await page.locator('#docs').click();

  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extension.id}/check\\.html\\?holding=`));
  await expect(page.getByRole('heading', { name: 'Checking this link before it opens' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^\d+ s$/);
  await page.screenshot({ path: test.info().outputPath('checking-page.png') });

  await expect(page).toHaveURL('https://docs.example/guide', { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Destination page' })).toBeVisible();
  expect(mockApi.scans().map((s) => s.url)).toEqual(['https://docs.example/guide']);
});

test('a held link that proves malicious shows the warning instead, and opening it takes a deliberate choice', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await page.locator('#phish').click();

  await expect(page.getByRole('heading', { name: 'Dangerous site ahead' })).toBeVisible({ timeout: 20_000 });
  // Held, then stopped: the phishing page itself was never requested.
  expect(served.filter((url) => url.startsWith('https://login-phish.example/'))).toEqual([]);
  await expect(page.getByRole('alert')).toContainText('Categories: Phishing');
  await expect(page.getByRole('img', { name: /Screenshot/ }).first()).toBeVisible();

  await page.getByText('Details').click();
  await page.getByRole('button', { name: 'Continue to the site anyway' }).click();
  await expect(page).toHaveURL('https://login-phish.example/account');
  await expect(page.getByRole('heading', { name: 'Destination page' })).toBeVisible();
});
