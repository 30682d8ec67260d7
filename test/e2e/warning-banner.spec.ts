import { readRow, toolbarBadgeText } from './support/extension-state';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

const PAGE = '<!doctype html><title>Account</title><h1>Sign in to your bank</h1><p>Enter your password.</p>';

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
  const verdict = await readRow(extension.worker, 'verdicts', 'https://secure-login-phish.example/signin');
  await expect(banner.getByRole('link', { name: 'View the report' })).toHaveAttribute(
    'href',
    `https://radar.cloudflare.com/scan/${String(verdict?.scanId)}/summary`,
  );
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
