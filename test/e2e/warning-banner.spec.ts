import type { BrowserContext } from '@playwright/test';
import { readRow, toolbarBadgeText } from './support/extension-state';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { changeOptions, trustedSites } from './support/pages';

const PAGE = '<!doctype html><title>Account</title><h1>Sign in to your bank</h1><p>Enter your password.</p>';

/** Opens a page the mock finds malicious and waits for its banner. */
async function openFlaggedPage(context: BrowserContext, url: string) {
  await servePage(context, `${new URL(url).origin}/**`, PAGE);
  const page = await context.newPage();
  await page.goto(url);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('this page was reported malicious', { timeout: 20_000 });
  return { page, banner };
}

test.beforeEach(async ({ extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi);
});

test('a visited page that proves malicious gets a warning banner saying so and why', async ({
  context,
  extension,
}) => {
  await servePage(context, 'https://secure-login-phish.example/**', PAGE);
  const page = await context.newPage();
  await page.goto('https://secure-login-phish.example/signin');

  const banner = page.getByRole('alert');
  await expect(banner).toContainText('this page was reported malicious', { timeout: 20_000 });
  await expect(banner).toContainText('Categories: Phishing');
  await expect(banner.getByRole('button', { name: 'Go back' })).toBeVisible();
  // Opens Scanlink's full report page (test/e2e/report-page.spec.ts), which links on to Radar.
  await expect(banner.getByRole('button', { name: 'View the report' })).toBeVisible();
  // The toolbar icon says it too, for this tab.
  await expect
    .poll(() => toolbarBadgeText(extension.worker, 'https://secure-login-phish.example/*'))
    .toBe('!');
  await page.screenshot({ path: test.info().outputPath('banner.png') });
});

test('a page whose scan finds nothing gets no banner', async ({ context, extension }) => {
  await servePage(context, 'https://calm-news.example/**', PAGE);
  const page = await context.newPage();
  await page.goto('https://calm-news.example/today');

  await expect
    .poll(() => readRow(extension.worker, 'verdicts', 'https://calm-news.example/today'), {
      timeout: 20_000,
    })
    .toMatchObject({ kind: 'safe' });
  await expect.poll(() => toolbarBadgeText(extension.worker, 'https://calm-news.example/*')).toBe('✓');
  // Give the page the same time a banner would need to appear after its verdict.
  await page.waitForTimeout(500);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the banner cannot be hidden by the page’s own CSS', async ({ context }) => {
  // A page that knows Scanlink targets its element (and anything added after body) by name and position.
  const hostile = `${PAGE}<style>
    scanlink-banner, html > :not(head):not(body), body ~ * {
      display: none !important; visibility: hidden !important; opacity: 0 !important;
      transform: translateY(-200%) !important;
    }</style>`;
  await servePage(context, 'https://hidden-phish.example/**', hostile);
  const page = await context.newPage();
  await page.goto('https://hidden-phish.example/');
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert')).toBeInViewport();
});

test('“Trust this site” removes the banner, lists the site in the options, and a reload stays quiet', async ({
  context,
  extension,
  mockApi,
}) => {
  const { page, banner } = await openFlaggedPage(context, 'https://trusted-phish.example/signin');

  await banner.getByRole('button', { name: 'Trust this site' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    'Scanlink will not warn about this site again. Undo in the options.',
  );
  await page.screenshot({ path: test.info().outputPath('banner-trusted.png') });
  expect(await trustedSites(extension, mockApi)).toBe('trusted-phish.example');

  // Without the trust, the reload would be stopped (the URL is now known malicious) or warned about.
  const submissions = mockApi.counts().submit;
  await page.reload();
  await expect(page).toHaveURL('https://trusted-phish.example/signin');
  await expect(page.getByRole('heading', { name: 'Sign in to your bank' })).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(mockApi.counts().submit).toBe(submissions);
});

test('“Dismiss” hides the banner for this page view', async ({ context, extension, mockApi }) => {
  const { banner } = await openFlaggedPage(context, 'https://dismissed-phish.example/');

  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  expect(await trustedSites(extension, mockApi)).toBe('');
});

test('a page script pressing the banner’s buttons changes nothing', async ({
  context,
  extension,
  mockApi,
}) => {
  const { page, banner } = await openFlaggedPage(context, 'https://pushy-phish.example/');

  const pressed = await page.evaluate(() => {
    const buttons = [
      ...(document.querySelector('scanlink-banner')?.shadowRoot?.querySelectorAll('button') ?? []),
    ];
    for (const button of buttons) if (button.textContent !== 'Go back') button.click();
    return buttons.map((button) => button.textContent);
  });
  expect(pressed).toEqual(['Go back', 'Trust this site', 'Dismiss', 'View the report']);
  // Longer than the trust request's round trip to the background.
  await page.waitForTimeout(1_000);
  await expect(banner).toBeVisible();
  expect(await trustedSites(extension, mockApi)).toBe('');
  expect(context.pages().filter((tab) => tab.url().includes('/report.html'))).toEqual([]);
});

test('a page on a trusted site is neither scanned on visit nor warned about', async ({
  context,
  extension,
  mockApi,
}) => {
  await changeOptions(extension, mockApi, (options) =>
    options.getByLabel('Trusted sites').fill('*.own-phish.example'),
  );
  await servePage(context, 'https://intranet.own-phish.example/**', PAGE);
  const page = await context.newPage();
  await page.goto('https://intranet.own-phish.example/admin');
  await expect(page.getByRole('heading', { name: 'Sign in to your bank' })).toBeVisible();
  // Longer than a visit scan takes to reach the mock (its search) and a verdict to reach the page.
  await page.waitForTimeout(2_000);
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
