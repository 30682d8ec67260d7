import { clickScanThisLink, notificationIds, readRow, toolbarBadgeText } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test.use({ mockOptions: { scanDurationMs: 3_000 } });

test('a menu scan jumps ahead of queued automatic scans, shows on the toolbar, and ends with a notification', async ({
  context,
  extension,
  mockApi,
}) => {
  // One submission every 2 s, so automatic scans queue up behind the first.
  await configureThroughOptions(extension, mockApi, { scanIntervalSeconds: '2' });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  // The page itself was scanned before: its visit reuses that scan, and its icon says ✓.
  mockApi.seedScan({ url: 'https://news.example/' });
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await expect.poll(() => toolbarBadgeText(extension.worker, 'https://news.example/*')).toBe('✓');

  // Two links the person rests the pointer on: the first is submitted at once, the second waits.
  await page.locator('#docs').hover();
  await expect.poll(() => mockApi.counts().submit).toBe(1);
  await page.locator('#offers').hover();
  await expect
    .poll(() => readRow(extension.worker, 'jobs', 'https://suspicious-offers.example/deal'))
    .toMatchObject({ state: 'waiting' });

  const chosen = 'https://chosen-phish.example/login';
  await clickScanThisLink(extension.worker, chosen, 'https://news.example/');
  await expect.poll(() => toolbarBadgeText(extension.worker, 'https://news.example/*')).toBe('…');

  await expect.poll(() => mockApi.counts().submit, { timeout: 20_000 }).toBe(3);
  const submitted = mockApi
    .requests()
    .filter((r) => r.route === 'submit')
    .map((r) => (r.body as { url: string }).url);
  expect(submitted).toEqual(['https://docs.example/guide', chosen, 'https://suspicious-offers.example/deal']);

  await expect
    .poll(() => notificationIds(extension.worker), { timeout: 20_000 })
    .toContain(`scanlink-${chosen}`);
  // The link's verdict is not the page's: the icon goes back to the page's own verdict.
  await expect.poll(() => toolbarBadgeText(extension.worker, 'https://news.example/*')).toBe('✓');
});
