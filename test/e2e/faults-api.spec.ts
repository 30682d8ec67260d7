import type { RecordedRequest } from '../mock-api/server';
import { clickScanThisLink, countRows, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls } from './support/pages';
import { openPopupOn } from './support/popup';

// Issue 4, "Faults — nothing lost": the API unreachable, rate-limiting, or answering garbage. Scans
// complete by themselves once the API recovers, within the bounded retries, and garbage is never safe.

const submittedUrl = (request: RecordedRequest) => (request.body as { url?: string } | undefined)?.url;

const verdictOf = async (worker: Parameters<typeof readRow>[0], url: string) =>
  (await readRow(worker, 'verdicts', url))?.kind;

test('with the API unreachable, a scan retries with backoff and completes by itself once it is back', async ({
  extension,
  mockApi,
}) => {
  const { worker } = extension;
  await configureThroughOptions(extension, mockApi);
  // Network down: every connection to the API is dropped unanswered, so each fetch fails.
  mockApi.injectFault({ route: 'any', connection: 'drop', times: 1_000 });
  const link = 'https://while-offline.example/page';
  await clickScanThisLink(worker, link);

  // Two submissions failed; the job is still there, backing off (2 s, then 4 s, ± 50 %) for a third.
  await expect
    .poll(async () => Number((await readRow(worker, 'jobs', link))?.attempts), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  expect(mockApi.counts().submit).toBeGreaterThanOrEqual(2);
  expect(mockApi.scans()).toHaveLength(0);
  expect(await verdictOf(worker, link)).toBe('pending');

  // Network up. Nobody does anything else: the next retry gets through and the scan finishes.
  mockApi.clearFaults();
  await expect.poll(() => verdictOf(worker, link), { timeout: 20_000 }).toBe('safe');
  expect(mockApi.scans()).toHaveLength(1);
  expect(await readRow(worker, 'verdicts', link)).toMatchObject({ scanId: mockApi.scans()[0]?.uuid });
  expect(await countRows(worker, 'jobs')).toBe(0);
});

test('a 429 with Retry-After: 3 holds back every request for 3 s, then the scans complete', async ({
  extension,
  mockApi,
}) => {
  const { worker } = extension;
  mockApi.setScanDuration(3_000);
  await configureThroughOptions(extension, mockApi);
  // A scan that is polling (every 0.3 s) when the 429 comes: its polls must stop too.
  const running = 'https://already-running.example/a';
  await clickScanThisLink(worker, running);
  await expect.poll(() => mockApi.counts().result).toBeGreaterThan(0);

  mockApi.injectFault({ route: 'submit', status: 429, retryAfterSeconds: 3 });
  const limited = 'https://rate-limited.example/b';
  await clickScanThisLink(worker, limited);
  await expect.poll(() => verdictOf(worker, limited), { timeout: 20_000 }).toBe('safe');
  expect(await verdictOf(worker, running)).toBe('safe');

  const requests = mockApi.requests();
  const index = requests.findIndex((r) => r.route === 'submit' && submittedUrl(r) === limited);
  const limitedAt = Number(requests[index]?.at);
  const after = requests.slice(index + 1);
  // Nothing at all reached the API during the 3 s it asked for, not even the running scan's polls.
  expect(after.filter((r) => r.at < limitedAt + 3_000)).toEqual([]);
  expect(after.some((r) => r.route === 'result' && r.path.endsWith(String(mockApi.scans()[0]?.uuid)))).toBe(
    true,
  );
  // Then the refused scan was submitted again, once, and finished.
  expect(submittedUrls(mockApi)).toEqual([running, limited, limited]);
  expect(mockApi.scans().map((scan) => scan.url)).toEqual([running, limited]);
});

test('a result that is not JSON, or JSON of another shape, ends in an error verdict said in words, never safe', async ({
  context,
  extension,
  mockApi,
}) => {
  const { worker } = extension;
  await configureThroughOptions(extension, mockApi);

  mockApi.injectFault({ route: 'result', body: 'malformed-json' });
  const garbled = 'https://garbled-answer.example/a';
  await clickScanThisLink(worker, garbled);
  await expect
    .poll(() => readRow(worker, 'verdicts', garbled), { timeout: 15_000 })
    .toMatchObject({ kind: 'error', error: { kind: 'invalid-response' } });

  // The drifted report claims "malicious: 'yes'" and lost its uuid: a strict client reads neither.
  mockApi.injectFault({ route: 'result', body: 'schema-drift' });
  const drifted = 'https://drifted-answer.example/b';
  const popup = await openPopupOn(context, extension, drifted);
  await expect(popup.getByRole('heading', { name: 'Cloudflare’s answer could not be read' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    popup.getByText('Scan again; if this keeps happening, the API may have changed.'),
  ).toBeVisible();
  await expect(popup.getByText(/Details: The API's answer did not have the expected shape/)).toBeVisible();
  expect(await readRow(worker, 'verdicts', drifted)).toMatchObject({
    kind: 'error',
    error: { kind: 'invalid-response' },
  });
  expect(await countRows(worker, 'jobs')).toBe(0);
});
