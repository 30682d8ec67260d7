import { clickScanThisLink, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

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

  const cdp = await context.newCDPSession(options);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) states.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => states.includes('stopped')).toBe(true);
  const pollsWhenStopped = mockApi.counts().result;

  // Nothing but the extension's own alarm wakes the worker up again.
  await expect
    .poll(() => states.lastIndexOf('running') > states.indexOf('stopped'), { timeout: 40_000 })
    .toBe(true);
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', link), { timeout: 20_000 })
    .toMatchObject({
      kind: 'suspicious',
    });
  expect(mockApi.counts().result).toBeGreaterThan(pollsWhenStopped);
  expect(mockApi.counts().submit).toBe(1);
  expect(await readRow(extension.worker, 'jobs', link)).toBeUndefined();
});
