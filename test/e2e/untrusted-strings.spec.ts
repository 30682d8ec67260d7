import type { Locator, Page } from '@playwright/test';
import { HOSTILE_CATEGORY, HOSTILE_PHISHING_KIND } from '../mock-api/hostile-strings';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { learnVerdict } from './support/known-verdict';
import { configureThroughOptions } from './support/options-form';

// URLs with "markup" get a risk category and a phishing kind made of HTML (an `<img src=x onerror>` and
// an `<svg onload>` with a `<script>` inside), which reach the verdict's reasons. Every surface must
// show them as the text they are. Locators pierce the open shadow roots of the card and the banner.

const PAGE_TITLE = 'Markup test';

test.beforeEach(async ({ extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
});

/** `surface` shows both hostile strings literally, and nothing anywhere on the page was built from them. */
async function expectShownAsText(page: Page, surface: Locator, title: string) {
  await expect(surface).toContainText(HOSTILE_CATEGORY);
  await expect(surface).toContainText(HOSTILE_PHISHING_KIND);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('svg')).toHaveCount(0);
  await expect(page.locator('script', { hasText: 'pwned' })).toHaveCount(0);
  // Each string's handler would rename the page.
  expect(await page.title()).toBe(title);
}

test('the hover card and the badge show a report’s markup as text', async ({ context }) => {
  const url = 'https://markup-phish.example/login';
  const html = `<!doctype html><title>${PAGE_TITLE}</title><p><a id="bait" href="${url}">Sign in</a></p>`;
  await servePage(context, 'https://news.example/', html);
  const page = await context.newPage();
  await page.goto('https://news.example/');

  await page.locator('#bait').hover();
  const card = page.getByRole('status', { name: `Scanlink verdict for ${url}` });
  await expect(card).toContainText('Malicious');
  await expectShownAsText(page, card, PAGE_TITLE);
  const badge = page.getByRole('img', { name: /^Scanlink: malicious/ });
  expect(await badge.getAttribute('aria-label')).toContain(HOSTILE_CATEGORY);
  await page.screenshot({ path: test.info().outputPath('card-markup.png') });
});

test('the banner shows a report’s markup as text', async ({ context, extension }) => {
  // Suspicious, not malicious: a navigation to a known-malicious URL would stop on the warning page.
  const url = 'https://markup-suspicious.example/offer';
  await learnVerdict(extension.worker, url, 'suspicious');
  await servePage(context, url, `<!doctype html><title>${PAGE_TITLE}</title><h1>Offer</h1>`);
  const page = await context.newPage();
  await page.goto(url);

  const banner = page.getByRole('alert');
  await expect(banner).toContainText('this page looks suspicious');
  await expectShownAsText(page, banner, PAGE_TITLE);
  await page.screenshot({ path: test.info().outputPath('banner-markup.png') });
});

test('the warning page shows a report’s markup as text', async ({ context, extension }) => {
  const url = 'https://markup-phish.example/account';
  await learnVerdict(extension.worker, url, 'malicious');
  const page = await context.newPage();
  await page.goto(url).catch(() => {});

  await expect(page.getByRole('heading', { name: 'Dangerous site ahead' })).toBeVisible();
  await expectShownAsText(page, page.getByRole('alert'), 'Scanlink: checking a link');
  await page.screenshot({ path: test.info().outputPath('warning-markup.png'), fullPage: true });
});
