import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

const submitted = (requests: readonly { route: string; body?: unknown }[]) =>
  requests.filter((r) => r.route === 'submit').map((r) => (r.body as { url: string }).url);

test('a tab’s automatic scans pause at its daily budget, say so in the popup, and resume on request', async ({
  context,
  extension,
  mockApi,
}) => {
  const options = await configureThroughOptions(extension, mockApi, {
    noVisitScans: true,
    fields: { 'Automatic scans per tab per day': '2' },
  });
  await options.close();

  await servePage(context, 'https://news.example/', LINKS_PAGE);
  const page = await context.newPage();
  await page.goto('https://news.example/');
  for (const id of ['#phish', '#docs']) {
    await page.locator(id).hover();
    await expect(page.getByRole('img', { name: /^Scanlink: (malicious|no threats)/ })).toHaveCount(
      id === '#phish' ? 1 : 2,
    );
  }
  await page.locator('#offers').hover();
  // Longer than the dwell time and a scan request's round trip: the third link is not scanned.
  await page.waitForTimeout(1_500);
  expect(submitted(mockApi.requests())).toHaveLength(2);

  const popup = await extension.page('popup.html');
  const pause = popup.getByRole('status', { name: 'Automatic scans' });
  await expect(pause).toContainText('Automatic scans are paused in this tab: it started its 2 for today.');
  await popup.getByRole('button', { name: 'Resume automatic scans' }).click();
  await expect(pause).toHaveCount(0);
  await popup.close();

  await page.mouse.move(0, 0);
  await page.locator('#offers').hover();
  await expect.poll(() => submitted(mockApi.requests())).toContain('https://suspicious-offers.example/deal');
});
