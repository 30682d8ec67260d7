import { clickScanThisLink, readRow } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { workerStopper } from './support/worker-control';

test.use({ mockOptions: { scanDurationMs: 4_000 } });

test('a scan still polling when the service worker is stopped completes after it restarts', async ({
  context,
  extension,
  mockApi,
}) => {
  const options = await configureThroughOptions(extension, mockApi);
  const link = 'https://suspicious-offers.example/deal';

  await clickScanThisLink(extension.worker, link);
  // Wait until the scan is submitted and has been polled at least once (404: still running).
  await expect.poll(() => mockApi.counts().result, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await readRow(extension.worker, 'jobs', link)).toMatchObject({ state: 'polling' });

  const worker = await workerStopper(context, options);
  await worker.stop();
  const pollsWhenStopped = mockApi.counts().result;

  // Nothing but the extension's own alarm wakes the worker up again.
  await worker.awaitRestart();
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', link), { timeout: 20_000 })
    .toMatchObject({
      kind: 'suspicious',
    });
  expect(mockApi.counts().result).toBeGreaterThan(pollsWhenStopped);
  expect(mockApi.counts().submit).toBe(1);
  expect(await readRow(extension.worker, 'jobs', link)).toBeUndefined();
});

test('a link badge still turns to its verdict when the scan finishes after the worker restarted', async ({
  context,
  mockApi,
  extension,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await page.locator('#phish').hover();
  await expect(page.getByRole('img', { name: 'Scanlink: scanning' })).toBeVisible();
  await expect.poll(() => mockApi.counts().result, { timeout: 10_000 }).toBeGreaterThan(0);

  await (await workerStopper(context, page)).stopAndAwaitRestart();
  // The tab that asked was written down with the job: the restarted worker tells it.
  await expect(page.getByRole('img', { name: 'Scanlink: malicious — Phishing' })).toBeVisible({
    timeout: 20_000,
  });
  expect(mockApi.counts().submit).toBe(1);
});
