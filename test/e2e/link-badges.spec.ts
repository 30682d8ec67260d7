import { clickScanThisLink, readRow } from './support/extension-state';
import { LINKS_PAGE, openNewsPageListening, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { changeOptions } from './support/pages';

test.beforeEach(async ({ context, extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
});

test('resting the pointer on a link scans it and badges it with its verdict in words', async ({
  context,
  mockApi,
}) => {
  const page = await context.newPage();
  await page.goto('https://news.example/');
  const layoutBefore = await page.locator('#phish').boundingBox();

  await page.locator('#phish').hover();
  await expect(page.getByRole('img', { name: 'Scanlink: malicious — Phishing' })).toBeVisible();
  expect(
    mockApi
      .requests()
      .filter((r) => r.route === 'submit')
      .map((r) => r.body),
  ).toEqual([expect.objectContaining({ url: 'https://login-phish.example/account' })]);
  // The badge is an overlay: the page's own layout did not move.
  expect(await page.locator('#phish').boundingBox()).toEqual(layoutBefore);
  await page.screenshot({ path: test.info().outputPath('badged-page.png') });
});

test('looking at a page never scans: known verdicts are badged from the cache only', async ({
  context,
  extension,
  mockApi,
}) => {
  await clickScanThisLink(extension.worker, 'https://login-phish.example/account');
  await expect.poll(() => mockApi.scans().length).toBe(1);
  await expect.poll(() => mockApi.counts().screenshot).toBeGreaterThan(0);
  const requestsBefore = mockApi.requests().length;

  const page = await context.newPage();
  await page.goto('https://news.example/');
  await expect(page.getByRole('img', { name: /^Scanlink: malicious/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scanlink:/ })).toHaveCount(1);
  expect(mockApi.requests().length).toBe(requestsBefore);
});

test('synthetic pointer and focus events from the page cause no scan', async ({ context, mockApi }) => {
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await page.evaluate(() => {
    const link = document.getElementById('docs');
    for (const type of ['pointerover', 'mouseover', 'pointerenter']) {
      link?.dispatchEvent(new PointerEvent(type, { bubbles: true }));
    }
    link?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link?.focus();
  });
  // Longer than the dwell time (0.5 s) plus a lookup round trip.
  await page.waitForTimeout(1_500);
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
});

test('keyboard focus resting on a link scans it, and links added later get badges too', async ({
  context,
  extension,
  mockApi,
}) => {
  const page = await openNewsPageListening(context, extension.worker);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.id = 'added';
    link.href = 'https://login-phish.example/account';
    link.textContent = 'the same notice, added later';
    document.getElementById('later')?.append(link);
  });
  await page.keyboard.press('Tab');
  await expect(page.locator('#phish')).toBeFocused();
  await expect(page.getByRole('img', { name: 'Scanlink: malicious — Phishing' })).toHaveCount(2);
  expect(mockApi.scans().map((s) => s.url)).toEqual(['https://login-phish.example/account']);
});

test('with “Mark links with no threats found” off, safe links get no badge and malicious ones still do', async ({
  context,
  extension,
  mockApi,
}) => {
  await changeOptions(extension, mockApi, (options) =>
    options.getByLabel('Mark links with no threats found').uncheck(),
  );
  const verdicts = [
    ['https://docs.example/guide', 'safe'],
    ['https://login-phish.example/account', 'malicious'],
  ] as const;
  for (const [url, kind] of verdicts) {
    await clickScanThisLink(extension.worker, url);
    await expect.poll(() => readRow(extension.worker, 'verdicts', url)).toMatchObject({ kind });
  }

  const page = await context.newPage();
  await page.goto('https://news.example/');
  // Both verdicts arrive in the same lookup and are drawn in the same frame.
  await expect(page.getByRole('img', { name: /^Scanlink: malicious/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scanlink:/ })).toHaveCount(1);
});
