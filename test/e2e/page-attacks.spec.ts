import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { CHURN_PAGE, FORGED_RESTART_PAGE, KNOWN_SAFE, manyLinksPage } from './support/hostile-pages';
import { badgesAtTopAndMiddle, churnLinks, fakeEverything } from './support/hostile-scripts';
import { learnVerdict } from './support/known-verdict';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls, UNKNOWN_LINKS_PAGE } from './support/pages';

// A page's own scripts are the attacker here: nothing they do may spend the account's scans or switch
// Scanlink's defences off. Page visits do not scan, so every request at the mock is the page's doing.

test.beforeEach(async ({ extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
});

test('messages, custom events and faked input from the page never make Scanlink scan', async ({
  context,
  mockApi,
}) => {
  await servePage(context, 'https://links.example/', UNKNOWN_LINKS_PAGE);
  const page = await context.newPage();
  await page.goto('https://links.example/');

  const rounds = await fakeEverything(page, 3_000);
  expect(rounds).toBeGreaterThan(10);
  // Longer than the dwell time (0.5 s) and a scan request's round trip to the mock.
  await page.waitForTimeout(1_500);
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
  await expect(page).toHaveURL('https://links.example/');

  // The content script was listening all along: the person's own pointer still scans.
  await page.locator('#third').hover();
  await expect.poll(() => submittedUrls(mockApi)).toEqual(['https://third.example/c']);
});

test('a page with 100,000 links stays responsive, scans nothing and badges only links near the viewport', async ({
  context,
  extension,
  mockApi,
}) => {
  await learnVerdict(extension.worker, KNOWN_SAFE, 'safe');
  const requestsBefore = mockApi.requests().length;
  await servePage(context, 'https://huge.example/', manyLinksPage(100_000));
  const page = await context.newPage();
  await page.goto('https://huge.example/');

  // Every other link goes to the known URL; the viewport (720px) and its 200px
  // margins span 56 lines, 58 counting the two cut at the edges.
  const { links, top, middle } = await badgesAtTopAndMiddle(page);
  expect(links).toBe(100_000);
  expect(top).toBeGreaterThan(10);
  expect(top).toBeLessThanOrEqual(30);
  // The links near the middle get theirs; the ones in between, never near the viewport, none.
  expect(middle - top).toBeGreaterThan(10);
  expect(middle - top).toBeLessThanOrEqual(30);

  // The page still answers, and none of this cost a request at the API.
  expect(await page.evaluate(() => document.title)).toBe('Huge list');
  expect(mockApi.requests().length).toBe(requestsBefore);
});

test('a page adding and removing links for seconds scans nothing, keeps its badges bounded and Scanlink working', async ({
  context,
  extension,
  mockApi,
}) => {
  await learnVerdict(extension.worker, KNOWN_SAFE, 'safe');
  const requestsBefore = mockApi.requests().length;
  await servePage(context, 'https://busy.example/', CHURN_PAGE);
  const page = await context.newPage();
  await page.goto('https://busy.example/');

  // At most 30 links live at once, half of them to the known URL: over a thousand come and go.
  const mostBadges = await churnLinks(page, 3_000, 30);
  expect(mostBadges).toBeGreaterThan(0);
  expect(mostBadges).toBeLessThanOrEqual(30);
  await page.waitForTimeout(1_000);
  expect(mockApi.requests().length).toBe(requestsBefore);
  await page.locator('#stable').hover();
  await expect.poll(() => submittedUrls(mockApi)).toEqual([KNOWN_SAFE, 'https://stable-phish.example/login']);
  await expect(page.getByRole('img', { name: /^Scanlink: malicious/ })).toBeVisible();
});

test('a page cannot switch Scanlink off by forging its “newer copy started” event', async ({
  context,
  extension,
}) => {
  await learnVerdict(extension.worker, 'https://forged-suspicious.example/account', 'suspicious');
  await servePage(context, 'https://forged-suspicious.example/account', FORGED_RESTART_PAGE);
  const page = await context.newPage();
  await page.goto('https://forged-suspicious.example/account');

  // The attack was mounted: the page read the extension's event name and fired it at the document.
  await expect(page.locator('html')).toHaveAttribute('data-forged', /wxt:content-script-started$/);
  // The banner was up when the page fired; it must still be there once the event has had its effect.
  await page.waitForTimeout(500);
  await expect(page.getByRole('alert')).toContainText('this page looks suspicious', { timeout: 1_000 });
});

test('a badge never outlives its link: one the page re-points or replaces loses its old badge', async ({
  context,
  extension,
}) => {
  await learnVerdict(extension.worker, KNOWN_SAFE, 'safe');
  const html = `<!doctype html><title>Swap</title>
<p><a id="swap" href="${KNOWN_SAFE}">Docs</a></p><p id="slot"><a href="${KNOWN_SAFE}">Guide</a></p>`;
  await servePage(context, 'https://swap.example/', html);
  const page = await context.newPage();
  await page.goto('https://swap.example/');
  const safeBadges = page.getByRole('img', { name: 'Scanlink: no threats found' });
  await expect(safeBadges).toHaveCount(2);

  // The page points one link elsewhere and puts another link in the other's place.
  await page.evaluate(() => {
    (document.getElementById('swap') as HTMLAnchorElement).href = 'https://swap-phish.example/login';
    const other = Object.assign(document.createElement('a'), { href: 'https://swap-phish.example/prize' });
    other.textContent = 'Guide';
    document.getElementById('slot')?.replaceChildren(other);
  });
  // Longer than a lookup round trip and a badge frame.
  await page.waitForTimeout(1_000);
  expect(await safeBadges.count()).toBe(0);
});
