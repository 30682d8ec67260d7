import type { Locator, Page } from '@playwright/test';
import { LINKS_PAGE, openNewsPageListening, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { LANDING_PAGE } from './support/pages';

test.beforeEach(async ({ context, extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
});

const cardFor = (url: string) => ({ name: `Scanlink verdict for ${url}` }) as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
}

test('resting on a link shows a card with its verdict in words, reasons and screenshot, beside the link', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://news.example/');
  const link = page.locator('#phish');
  const layoutBefore = await box(link);

  await link.hover();
  const card = page.getByRole('status', cardFor('https://login-phish.example/account'));
  // The card opens while the scan runs and changes when the background announces the verdict.
  await expect(card).toContainText('Scanning…');
  await expect(card).toContainText('Malicious');
  await expect(card).toContainText('Cloudflare flagged this page as malicious.');
  await expect(card).toContainText('Categories: Phishing');
  const thumbnail = card.getByRole('img', { name: 'Screenshot the scanner took of the page' });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Beside the link, never over it, small, and the page's own layout did not move.
  const linkBox = await box(link);
  const cardBox = await box(card);
  expect(linkBox).toEqual(layoutBefore);
  expect(cardBox.y >= linkBox.y + linkBox.height || cardBox.y + cardBox.height <= linkBox.y).toBe(true);
  expect(cardBox.width).toBeLessThanOrEqual(320);
  await page.screenshot({ path: test.info().outputPath('hover-card.png') });

  await page.getByRole('heading', { name: 'Daily news' }).hover();
  await expect(card).toHaveCount(0);
});

test('the card never takes the link’s click', async ({ context }) => {
  await servePage(context, 'https://docs.example/**', LANDING_PAGE);
  const page = await context.newPage();
  await page.goto('https://news.example/');
  const link = page.locator('#docs');
  await link.hover();
  const card = page.getByRole('status', cardFor('https://docs.example/guide'));
  await expect(card).toContainText('No threats found');
  // What lies under the card's middle and under the link's middle gets the clicks there, not the card.
  const cardBox = await box(card);
  const linkBox = await box(link);
  const middles: [number, number][] = [
    [cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2],
    [linkBox.x + linkBox.width / 2, linkBox.y + linkBox.height / 2],
  ];
  const hits = await page.evaluate(
    (points) =>
      points.map(([x, y]) => document.elementFromPoint(x, y)?.closest('scanlink-card, #docs')?.localName),
    middles,
  );
  expect(hits).toEqual([undefined, 'a']);
  await link.click();
  await expect(page).toHaveURL('https://docs.example/guide');
  await expect(page.getByRole('heading', { name: 'You arrived' })).toBeVisible();
});

test('Tab focus on a link shows its card and Escape dismisses it', async ({ context, extension }) => {
  const page = await openNewsPageListening(context, extension.worker);
  await page.keyboard.press('Tab');
  await expect(page.locator('#phish')).toBeFocused();
  const card = page.getByRole('status', cardFor('https://login-phish.example/account'));
  await expect(card).toContainText('Malicious');
  await page.screenshot({ path: test.info().outputPath('focus-card.png') });
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator('#phish')).toBeFocused();
});

/**
 * The event types Scanlink's content script listens for on `document`. DevTools lists an object's
 * listeners from the world the object was read in, so `document` is read in the content script's.
 */
async function scanlinkDocumentListeners(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((context) => context.origin === `chrome-extension://${extensionId}`);
    if (!world) throw new Error('no content script world in the page');
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: world.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId ?? '',
    });
    return listeners.map((listener) => listener.type);
  } finally {
    await cdp.detach();
  }
}

test('scrolling closes the card, and Scanlink listens for scrolls beyond its viewport watcher only while one is open', async ({
  context,
  extension,
}) => {
  const page = await openNewsPageListening(context, extension.worker);
  await page.evaluate(() => {
    document.body.style.minHeight = '300vh';
  });
  // A scroll listener makes Chromium run a frame (see links-near-viewport.ts). One scroll listener
  // watches the viewport; the card adds one only while it is open.
  const scrollListeners = async () =>
    (await scanlinkDocumentListeners(page, extension.id)).filter((type) => type === 'scroll');
  await expect.poll(scrollListeners).toHaveLength(1);

  // Opened from the keyboard, so only the scroll (not the pointer leaving the link) can close it.
  await page.keyboard.press('Tab');
  const card = page.getByRole('status', cardFor('https://login-phish.example/account'));
  await expect(card).toContainText('Malicious');
  expect(await scrollListeners()).toHaveLength(2);

  await page.evaluate(() => window.scrollBy(0, 400));
  await expect(card).toHaveCount(0);
  await expect(page.locator('#phish')).toBeFocused();
  expect(await scrollListeners()).toHaveLength(1);
});
