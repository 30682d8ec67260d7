import type { BrowserContext, Locator, Page } from '@playwright/test';
import {
  backgroundLuminance,
  focusRing,
  inBothSchemes,
  isFocused,
  seriousViolations,
  smallTargets,
  tabTo,
} from './support/accessibility';
import { clickScanThisLink, readRow } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { type Extension, expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { openPopupOn, scanFromPopup } from './support/popup';

// Every extension page and the warning banner, in the light and the dark colour scheme: no serious or
// critical axe-core violation of WCAG 2.2 AA (and axe's best practices), targets of 24 px at least, and
// usable with a keyboard alone, with a focus ring that stands out (3:1) from what surrounds it.

const EVIL = 'https://login-phish.example/account';
const EVIL_PAGE =
  '<!doctype html><html lang="en"><title>Bank sign-in</title><h1>Sign in to your bank</h1></html>';
const START = 'https://start.example/';
const START_PAGE = '<!doctype html><html lang="en"><title>Start</title><h1>Start page</h1></html>';
/** A link held on the checking page that nothing ever scans (the page starts no scan itself). */
const HELD = `check.html?holding=${encodeURIComponent('https://held.example/')}`;

/** Luminance below which a background reads as dark, and above which as light. */
const DARK = 0.05;
const LIGHT = 0.8;

/** Makes EVIL known as malicious (a menu scan), so navigating to it lands on the warning page. */
async function knownMalicious(context: BrowserContext, extension: Extension) {
  await servePage(context, 'https://login-phish.example/**', EVIL_PAGE);
  await clickScanThisLink(extension.worker, EVIL);
  await expect.poll(() => readRow(extension.worker, 'verdicts', EVIL)).toMatchObject({ kind: 'malicious' });
}

/** A page the mock finds malicious, visited after START (so there is a page to go back to), with its banner. */
async function bannerPage(context: BrowserContext, host: string): Promise<{ page: Page; banner: Locator }> {
  await servePage(context, START, START_PAGE);
  await servePage(context, `https://${host}/**`, EVIL_PAGE);
  const page = await context.newPage();
  await page.goto(START);
  await page.goto(`https://${host}/signin`);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('this page was reported malicious', { timeout: 20_000 });
  return { page, banner };
}

/** The focus ring `target` shows in each scheme, where it is too faint or missing. */
async function weakFocusRings(page: Page, target: Locator): Promise<string[]> {
  return inBothSchemes(page, async () => {
    const ring = await focusRing(target);
    if (!ring.shown) return ['no focus ring'];
    if (ring.contrast === null) return ['no outline on a painted background to measure'];
    return ring.contrast >= 3 ? [] : [`focus ring contrast ${ring.contrast.toFixed(2)} < 3`];
  });
}

/** The audit of one page: axe's serious findings in both schemes, and targets under 24 px. */
async function auditFindings(page: Page, include?: string): Promise<string[]> {
  const small = (await smallTargets(page)).map((target) => `target under 24 px: ${target}`);
  return [...(await inBothSchemes(page, () => seriousViolations(page, include))), ...small];
}

test('the options page has no serious accessibility violations', async ({ extension, mockApi }) => {
  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await options.reload();
  await expect(options.getByRole('button', { name: 'Save' })).toBeVisible();
  expect(await auditFindings(options)).toEqual([]);
});

test('the popup with a report and history has no serious accessibility violations', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const popup = await scanFromPopup(context, extension, 'https://phish-bank.example/login');
  await expect(popup.getByRole('region', { name: 'Report' })).toBeVisible({ timeout: 20_000 });
  expect(await auditFindings(popup)).toEqual([]);
});

test('the checking page holding a link has no serious accessibility violations', async ({
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const page = await extension.page(HELD);
  await expect(page.getByRole('button', { name: 'Go back' })).toBeVisible();
  expect(await auditFindings(page)).toEqual([]);
});

test('the warning page has no serious accessibility violations', async ({ context, extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await knownMalicious(context, extension);
  const page = await context.newPage();
  await page.goto(EVIL).catch(() => {});
  await expect(page.getByRole('heading', { name: 'Dangerous site ahead' })).toBeVisible();
  expect(await auditFindings(page)).toEqual([]);
  // What "Details" hides must pass too.
  await page.getByText('Details').click();
  await expect(page.getByRole('button', { name: 'Continue to the site anyway' })).toBeVisible();
  expect(await auditFindings(page)).toEqual([]);
});

test('the warning banner has no serious accessibility violations', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi);
  const { page } = await bannerPage(context, 'secure-login-phish.example');
  expect(await auditFindings(page, 'scanlink-banner')).toEqual([]);
});

test('with a keyboard alone, the popup’s “Scan this page” is reached by Tab, shows focus and scans on Enter', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const popup = await openPopupOn(context, extension, 'https://phish-bank.example/login');
  const scan = popup.getByRole('button', { name: 'Scan this page' });
  await expect(scan).toBeVisible();

  await tabTo(popup, scan);
  expect(await weakFocusRings(popup, scan)).toEqual([]);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { name: 'Malicious' })).toBeVisible({ timeout: 20_000 });
});

test('with a keyboard alone, the options form can be filled, a box ticked off and the settings saved', async ({
  extension,
  mockApi,
}) => {
  const options = await extension.page('options.html');
  const visitScans = options.getByLabel('Scan pages I visit');
  await expect(visitScans).toBeChecked();
  const typeInto = async (field: Locator, text: string) => {
    await tabTo(options, field);
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type(text);
  };

  const accountId = options.getByLabel('Account ID');
  await tabTo(options, accountId);
  expect(await weakFocusRings(options, accountId)).toEqual([]);
  await typeInto(accountId, mockApi.accountId);
  await typeInto(options.getByLabel('API token', { exact: true }), mockApi.token);
  await typeInto(options.getByLabel('API base URL'), mockApi.baseUrl);
  await tabTo(options, visitScans);
  expect(await weakFocusRings(options, visitScans)).toEqual([]);
  await options.keyboard.press('Space');
  await expect(visitScans).not.toBeChecked();
  const save = options.getByRole('button', { name: 'Save' });
  await tabTo(options, save);
  expect(await weakFocusRings(options, save)).toEqual([]);
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Saved for real: a fresh page shows what was typed and ticked off.
  await options.reload();
  await expect(options.getByLabel('Account ID')).toHaveValue(mockApi.accountId);
  await expect(options.getByLabel('API base URL')).toHaveValue(mockApi.baseUrl);
  await expect(options.getByLabel('Scan pages I visit')).not.toBeChecked();
});

test('with a keyboard alone, every button of the banner is reached by Tab and Enter on “Go back” goes back', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi);
  const { page, banner } = await bannerPage(context, 'keyboard-phish.example');
  const buttons = await banner.getByRole('button').all();
  expect(buttons.length).toBeGreaterThanOrEqual(3);
  const [goBack] = buttons;
  await expect(goBack as Locator).toHaveAccessibleName('Go back');

  // The page has nothing to focus: Tab goes straight to the banner, then through its buttons in order.
  for (const [index, button] of buttons.entries()) {
    await tabTo(page, button, index === 0 ? 40 : 1);
    expect(await weakFocusRings(page, button)).toEqual([]);
  }
  for (let back = 1; back < buttons.length; back++) await page.keyboard.press('Shift+Tab');
  expect(await isFocused(goBack as Locator)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(START);
});

test('with a keyboard alone, the warning page’s “Go back” and “Continue to the site anyway” work', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await knownMalicious(context, extension);
  await servePage(context, START, START_PAGE);
  const page = await context.newPage();
  await page.goto(START);
  await page.goto(EVIL).catch(() => {});

  const goBack = page.getByRole('button', { name: 'Go back to safety' });
  await tabTo(page, goBack);
  expect(await weakFocusRings(page, goBack)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(START);

  await page.goto(EVIL).catch(() => {});
  const details = page.locator('summary', { hasText: 'Details' });
  await tabTo(page, details);
  expect(await weakFocusRings(page, details)).toEqual([]);
  await page.keyboard.press('Enter');
  const proceed = page.getByRole('button', { name: 'Continue to the site anyway' });
  await tabTo(page, proceed);
  expect(await weakFocusRings(page, proceed)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EVIL);
  await expect(page.getByRole('heading', { name: 'Sign in to your bank' })).toBeVisible();
});

test('the popup, options, checking page, banner and hover card are dark in the dark scheme, light in the light one', async ({
  context,
  extension,
  mockApi,
}) => {
  const options = await configureThroughOptions(extension, mockApi);
  const popup = await openPopupOn(context, extension, 'https://calm-news.example/');
  const check = await extension.page(HELD);
  const { page: flagged, banner } = await bannerPage(context, 'dark-phish.example');
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  const news = await context.newPage();
  await news.goto('https://news.example/');
  await news.locator('#phish').hover();
  const card = news.getByRole('status', { name: 'Scanlink verdict for https://login-phish.example/account' });
  const surfaces: [string, Page, Locator][] = [
    ['popup', popup, popup.getByRole('main')],
    ['options', options, options.getByRole('heading', { name: 'Scanlink options' })],
    ['checking page', check, check.getByRole('main')],
    ['banner', flagged, banner],
    ['hover card', news, card],
  ];

  for (const [name, page, surface] of surfaces) {
    await expect(surface, name).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundLuminance(surface), `${name}, dark`).toBeLessThan(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await backgroundLuminance(surface), `${name}, light`).toBeGreaterThan(LIGHT);
  }
});
