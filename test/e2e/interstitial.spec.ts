import type { BrowserContext } from '@playwright/test';
import { clickScanThisLink, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

const EVIL = 'https://login-phish.example/account';
const EVIL_PAGE = '<!doctype html><title>Bank sign-in</title><h1>Sign in to your bank</h1>';

/** Serves the phishing page and counts how often the browser actually asked for it. */
async function serveCounted(context: BrowserContext, pattern: string, html: string) {
  const served: string[] = [];
  await context.route(pattern, (route) => {
    served.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: html });
  });
  return served;
}

test.beforeEach(async ({ context, extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await context.route('https://start.example/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Start</title><h1>Start page</h1>' }),
  );
  await clickScanThisLink(extension.worker, EVIL);
  await expect.poll(() => readRow(extension.worker, 'verdicts', EVIL)).toMatchObject({ kind: 'malicious' });
});

test('a navigation to a URL known to be malicious stops on the warning page before the page loads', async ({
  context,
  extension,
}) => {
  const served = await serveCounted(context, 'https://login-phish.example/**', EVIL_PAGE);
  const page = await context.newPage();
  await page.goto('https://start.example/');
  await page.goto(`${EVIL}#top`).catch(() => {});

  await expect(page.getByRole('heading', { name: 'Dangerous site ahead' })).toBeVisible();
  expect(new URL(page.url()).host).toBe(extension.id);
  const warning = page.getByRole('alert');
  await expect(warning).toContainText(EVIL);
  await expect(warning).toContainText('Categories: Phishing');
  const verdict = await readRow(extension.worker, 'verdicts', EVIL);
  await expect(warning.getByRole('link', { name: 'View the report' })).toHaveAttribute(
    'href',
    `https://radar.cloudflare.com/scan/${String(verdict?.scanId)}/summary`,
  );
  await expect(warning.getByRole('img', { name: /Screenshot/ }).first()).toBeVisible();
  expect(served).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('interstitial.png'), fullPage: true });

  // Going back is the obvious way out.
  await warning.getByRole('button', { name: 'Go back to safety' }).click();
  await expect(page).toHaveURL('https://start.example/');
});

test('continuing anyway is a deliberate choice, and then the page loads', async ({ context }) => {
  const served = await serveCounted(context, 'https://login-phish.example/**', EVIL_PAGE);
  const page = await context.newPage();
  await page.goto(EVIL).catch(() => {});
  const proceed = page.getByRole('button', { name: 'Continue to the site anyway' });
  // Hidden behind "Details" until the person opens it.
  await expect(proceed).toBeHidden();
  await page.getByText('Details').click();
  await proceed.click();

  await expect(page).toHaveURL(EVIL);
  await expect(page.getByRole('heading', { name: 'Sign in to your bank' })).toBeVisible();
  expect(served).toEqual([EVIL]);
});

test('other pages of the same site and sites not known to be malicious load normally', async ({
  context,
}) => {
  const served = await serveCounted(context, 'https://login-phish.example/**', EVIL_PAGE);
  const page = await context.newPage();
  await page.goto('https://login-phish.example/account/other');
  await expect(page.getByRole('heading', { name: 'Sign in to your bank' })).toBeVisible();
  expect(served).toEqual(['https://login-phish.example/account/other']);
});

test('the warning page opened by another site with a non-web address does nothing', async ({
  context,
  extension,
}) => {
  const page = await context.newPage();
  await page.goto(
    `chrome-extension://${extension.id}/check.html?blocked=${encodeURIComponent('javascript:alert(1)')}`,
  );
  await expect(page.getByRole('heading', { name: 'Nothing to check' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
});

test('a site that opens the warning page for an address Scanlink never flagged gets no warning', async ({
  context,
  extension,
}) => {
  const page = await context.newPage();
  const innocent = 'https://calm-news.example/';
  await page.goto(`chrome-extension://${extension.id}/check.html?blocked=${encodeURIComponent(innocent)}`);
  await expect(page.getByRole('heading', { name: 'Scanlink has no warning for this address' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dangerous site ahead' })).toHaveCount(0);
});
