import type { Page } from '@playwright/test';
import { clickScanThisLink, countRows, readRow, toolbarBadgeText } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls } from './support/pages';
import { workerStopper } from './support/worker-control';

// Issue 4, "Faults — nothing lost": the service worker is stopped (as Chrome does) while scans are in
// every state. Nothing but the extension itself may start it again. Each scan still ends in its verdict,
// is submitted exactly once, and leaves no job behind.

test.use({ mockOptions: { scanDurationMs: 2_500 } });

type Kind = 'safe' | 'suspicious' | 'malicious';

/** 20 links for "Scan this link"; the mock judges them by the words in their names. */
const MENU_LINKS: [string, Kind][] = Array.from({ length: 20 }, (_, i) => {
  const kind: Kind = i % 7 === 3 ? 'malicious' : i % 5 === 4 ? 'suspicious' : 'safe';
  const word = kind === 'malicious' ? '-phish' : kind === 'suspicious' ? '-suspicious' : '';
  return [`https://load-${i + 1}${word}.example/page`, kind];
});

/** Pages visited in tabs of their own, and what each tab's toolbar icon must end up saying. */
const VISITS: { url: string; kind: Kind; badge: string }[] = [
  { url: 'https://news.example/', kind: 'safe', badge: '✓' },
  { url: 'https://account-phish.example/login', kind: 'malicious', badge: '!' },
  { url: 'https://weekly-suspicious.example/deals', kind: 'suspicious', badge: '?' },
];

const PAGE = '<!doctype html><title>A page</title><h1>A page</h1><p>Some text.</p>';

test('20 menu scans and 3 visited pages survive four service-worker stops: every verdict, one submission each, no job left', async ({
  context,
  extension,
  mockApi,
}) => {
  // Fast pacing from the form: one submission per 0.2 s, polls every 0.3 s; scans take 2.5 s.
  const options = await configureThroughOptions(extension, mockApi);
  const stopper = await workerStopper(context, options);
  for (const [index, visit] of VISITS.entries()) {
    await servePage(context, `${new URL(visit.url).origin}/**`, index === 0 ? LINKS_PAGE : PAGE);
  }

  // The menu is opened on the first page; the other pages are visited after the 20 menu scans, which go
  // first, so those visits are still waiting for their turn when the worker is first stopped.
  const visited: { visit: (typeof VISITS)[number]; tab: Page }[] = [];
  for (const [index, visit] of VISITS.entries()) {
    const tab = await context.newPage();
    await tab.goto(visit.url);
    visited.push({ visit, tab });
    if (index === 0)
      for (const [link] of MENU_LINKS) await clickScanThisLink(extension.worker, link, visit.url);
  }

  // Every request has been taken (a verdict row, pending or final, per URL) before the worker is stopped:
  // Chrome keeps a worker alive while it handles an event, so only queued work is at stake.
  const total = MENU_LINKS.length + VISITS.length;
  await expect.poll(() => countRows(extension.worker, 'verdicts')).toBe(total);
  // Four stops, at ever later moments: first most jobs are new or waiting, then more and more poll.
  for (const submitted of [1, 6, 12, 18]) {
    await expect.poll(() => mockApi.counts().submit, { timeout: 20_000 }).toBeGreaterThanOrEqual(submitted);
    expect(await countRows(extension.worker, 'jobs')).toBeGreaterThan(0);
    await stopper.stopAndAwaitRestart();
  }

  const expected = [...MENU_LINKS, ...VISITS.map((v): [string, Kind] => [v.url, v.kind])];
  for (const [url, kind] of expected) {
    await expect
      .poll(async () => (await readRow(extension.worker, 'verdicts', url))?.kind, { timeout: 30_000 })
      .toBe(kind);
  }
  expect(await countRows(extension.worker, 'jobs')).toBe(0);
  // Exactly one submission per URL: none lost, none sent twice by a restarted worker.
  expect(submittedUrls(mockApi).sort()).toEqual(expected.map(([url]) => url).sort());
  expect(mockApi.scans()).toHaveLength(total);

  // Every tab that visited a page learns its verdict, though the worker that queued it is long gone.
  for (const { visit, tab } of visited) {
    await expect
      .poll(() => toolbarBadgeText(extension.worker, `${new URL(visit.url).origin}/*`))
      .toBe(visit.badge);
    if (visit.kind === 'malicious') {
      await expect(tab.getByRole('alert')).toContainText('this page was reported malicious');
    }
  }
});

test('a worker stopped while its submission is in flight resumes by itself and does not submit the URL again', async ({
  context,
  extension,
  mockApi,
}) => {
  mockApi.setScanDuration(1_500);
  const options = await configureThroughOptions(extension, mockApi);
  const stopper = await workerStopper(context, options);
  // The API receives the submission and creates the scan, but its answer comes too late for the worker.
  mockApi.injectFault({ route: 'submit', delayMs: 1_500 });
  const link = 'https://in-flight.example/page';
  await clickScanThisLink(extension.worker, link);
  await expect.poll(() => mockApi.counts().submit).toBe(1);
  expect(await readRow(extension.worker, 'jobs', link)).toMatchObject({ state: 'submitting' });

  await stopper.stopAndAwaitRestart();
  await expect
    .poll(async () => (await readRow(extension.worker, 'verdicts', link))?.kind, { timeout: 30_000 })
    .toBe('safe');
  // The scan the lost answer was about is found and used, not submitted a second time.
  expect(submittedUrls(mockApi)).toEqual([link]);
  expect(mockApi.scans()).toHaveLength(1);
  expect(await readRow(extension.worker, 'verdicts', link)).toMatchObject({
    scanId: mockApi.scans()[0]?.uuid,
  });
  expect(await countRows(extension.worker, 'jobs')).toBe(0);
});
