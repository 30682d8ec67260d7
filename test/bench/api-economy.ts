import { setTimeout as sleep } from 'node:timers/promises';
import type { Page, Worker } from '@playwright/test';
import { allRows, countRows, readRow } from '../e2e/support/extension-state';
import { servePage } from '../e2e/support/fixture-pages';
import { workerStopper } from '../e2e/support/worker-control';
import { type MockApi, type MockApiOptions, startMockApi } from '../mock-api/server';
import { type BenchContext, type BenchSection, startScanlink } from './bench-context';
import { apiUse } from './economy-counts';
import { economyFigures, type Outcome } from './economy-figures';
import { createNaiveClient } from './economy-naive-client';
import {
  ACCOUNT_WINDOW_MS,
  type EconomySession,
  economySession,
  POLL_MS,
  RATE_MS,
  SCAN_MS,
} from './economy-session';

// Issue 5, "API economy": a scripted browsing session in Debian's Chromium with the built extension,
// counted at the mock API, beside a naive client that sees the same dwells at the same moments (against
// a second mock with the same planted scans).

const MOCK: MockApiOptions = {
  scanDurationMs: SCAN_MS,
  rateLimits: { submitIntervalMs: RATE_MS, accountLimit: { requests: 1_200, windowMs: ACCOUNT_WINDOW_MS } },
};

/** The extension's dwell setting, lowered (its minimum is 100 ms) so 300 dwells take little time. */
const DWELL_MS = 150;
/** The pointer stays a little past the dwell time, then rests off the links before the next one. */
const LINGER_MS = 100;
const BETWEEN_MS = 100;

function plant(api: MockApi, session: EconomySession): Set<string> {
  // Scanned publicly by someone else ten minutes ago (scaled time plays no part: search looks back a day).
  return new Set(session.seeded.map((url) => api.seedScan({ url, finishedAgoMs: 10 * 60_000 })));
}

/** Drives the session's dwells in the browser, telling the naive client of each dwell as it fires. */
async function browse(
  session: EconomySession,
  pages: readonly Page[],
  onDwell: (url: string) => void,
  stopWorker: () => Promise<void>,
): Promise<void> {
  let front = -1;
  for (const [index, dwell] of session.dwells.entries()) {
    const page = pages[dwell.tab];
    const url = session.urls[dwell.url];
    if (!page || !url) throw new Error(`the session names a tab or link it lacks: ${JSON.stringify(dwell)}`);
    if (dwell.tab !== front) await page.bringToFront();
    front = dwell.tab;
    await page.locator(`#l${dwell.url}`).hover();
    await sleep(DWELL_MS);
    onDwell(url);
    await sleep(LINGER_MS);
    // Off the list, onto the page's margin: the pointer leaves the link.
    await page.mouse.move(4, 4);
    if (session.stopWorkerAfter.includes(index + 1)) await stopWorker();
    await sleep(BETWEEN_MS);
  }
}

/** Waits until the extension has no job left and a settled verdict for every link, or the deadline. */
async function awaitSettled(
  bench: BenchContext,
  worker: Worker,
  urls: readonly string[],
  deadlineMs: number,
): Promise<Outcome> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const jobsLeft = await countRows(worker, 'jobs');
    const rows = await allRows(worker, 'verdicts');
    const verdicts = new Map(rows.map((row) => [String(row.url), String(row.kind)] as const));
    const settled = urls.every((url) => (verdicts.get(url) ?? 'pending') !== 'pending');
    if ((jobsLeft === 0 && settled) || Date.now() > until) {
      if (jobsLeft > 0 || !settled) bench.log(`economy: gave up waiting with ${jobsLeft} job(s) left`);
      return { verdicts, jobsLeft };
    }
    await sleep(250);
  }
}

export const apiEconomy: BenchSection = {
  name: 'API economy',
  async measure(bench) {
    const session = economySession(bench.size);
    const scanlink = await startScanlink(bench, {
      mock: MOCK,
      form: {
        scanIntervalSeconds: String(RATE_MS / 1000),
        pollInitialDelaySeconds: String(POLL_MS / 1000),
        pollIntervalSeconds: String(POLL_MS / 1000),
        // The session is about links; the reader pages themselves are not scanned.
        noVisitScans: true,
        fields: {
          'Dwell time before a link is scanned (ms)': String(DWELL_MS),
          // Raised so the budget does not cut the session short; what it was charged is reported.
          'Automatic scans per tab per day': '10000',
          'Automatic scans per day': '100000',
        },
      },
    });
    const naiveApi = await startMockApi(MOCK);
    try {
      const seeded = { scanlink: plant(scanlink.mockApi, session), naive: plant(naiveApi, session) };
      const naive = createNaiveClient(naiveApi, { pollIntervalMs: POLL_MS });
      const { context, extension } = scanlink;
      const pages: Page[] = [];
      for (const tab of session.tabs) {
        await servePage(context, tab.url, tab.html);
        const page = await context.newPage();
        await page.goto(tab.url);
        pages.push(page);
      }
      const stopper = await workerStopper(context, pages[0] as Page);
      const jobsAtStops: number[] = [];

      const started = Date.now();
      await browse(session, pages, naive.dwell, async () => {
        jobsAtStops.push(await countRows(extension.worker, 'jobs'));
        await stopper.stop();
      });
      const browsedMs = Date.now() - started;
      const deadline = bench.size === 'small' ? 30_000 : 120_000;
      const outcome = await awaitSettled(bench, extension.worker, session.urls, deadline);
      await naive.settled();
      const settledMs = Date.now() - started;
      bench.log(
        `economy: ${session.dwells.length} dwells in ${(browsedMs / 1000).toFixed(1)} s, settled after ${(settledMs / 1000).toFixed(1)} s`,
      );

      const budget = (await readRow(extension.worker, 'keyValues', 'auto-scan-budget'))?.value;
      return economyFigures({
        session,
        scanlink: apiUse(scanlink.mockApi, seeded.scanlink),
        naive: apiUse(naiveApi, seeded.naive),
        outcome,
        naiveVerdicts: naive.verdicts().size,
        budget: budget as { total: number; tabs: Record<string, number> } | undefined,
        jobsAtStops,
        settledMs,
      });
    } finally {
      await naiveApi.close();
      await scanlink.close();
    }
  },
};
