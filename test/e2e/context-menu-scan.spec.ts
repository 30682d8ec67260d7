import { clickScanThisLink, notificationIds, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test('"Scan this link" submits the link to the API and stores its verdict, report and screenshot', async ({
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi);
  const link = 'https://login-phish.example/account?id=7#section';
  const normalised = 'https://login-phish.example/account?id=7';

  await clickScanThisLink(extension.worker, link);

  await expect
    .poll(() => readRow(extension.worker, 'verdicts', normalised))
    .toMatchObject({ kind: 'malicious' });

  const submits = mockApi.requests().filter((r) => r.route === 'submit');
  expect(submits).toHaveLength(1);
  expect(submits[0]?.body).toMatchObject({
    url: normalised,
    visibility: 'Unlisted',
    screenshotsResolutions: ['desktop'],
  });
  expect(submits[0]?.headers.authorization).toBe(`Bearer ${mockApi.token}`);
  // It looked for an existing scan first, and found none.
  expect(mockApi.counts().search).toBe(1);

  const verdict = await readRow(extension.worker, 'verdicts', normalised);
  const scanId = String(verdict?.scanId);
  expect(await readRow(extension.worker, 'reports', scanId)).toMatchObject({
    report: { task: { uuid: scanId } },
  });
  const scan = await readRow(extension.worker, 'scans', scanId);
  expect(scan).toMatchObject({ url: normalised, kind: 'malicious', reused: false });
  const screenshot = await extension.worker.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('scanlink');
        open.onsuccess = () => {
          const get = open.result.transaction('screenshots').objectStore('screenshots').get([id, 'desktop']);
          get.onsuccess = () => resolve((get.result?.image as Blob | undefined)?.size ?? 0);
        };
      }),
    scanId,
  );
  expect(screenshot).toBeGreaterThan(100);
  // The person asked from the menu: a notification tells them the verdict.
  await expect.poll(() => notificationIds(extension.worker)).toEqual([`scanlink-${normalised}`]);
});

test('a link already scanned recently is answered from the existing scan, without a new submission', async ({
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi);
  const link = 'https://docs.example/guide';
  const seeded = mockApi.seedScan({ url: link, finishedAgoMs: 5 * 60_000 });

  await clickScanThisLink(extension.worker, link);

  await expect
    .poll(() => readRow(extension.worker, 'verdicts', link))
    .toMatchObject({ kind: 'safe', scanId: seeded });
  expect(mockApi.counts().submit).toBe(0);
});
