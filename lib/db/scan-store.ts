import { Dexie } from 'dexie';
import { type AutoScanBudget, autoScanBudgetSchema, type BudgetRefusal } from '../scan/auto-scan-budget';
import type { ScanlinkDatabase } from './database';
import {
  INITIAL_PACING,
  type JobRow,
  jobRowSchema,
  type LinkVerdict,
  type Pacing,
  pacingSchema,
  parseRow,
  parseRows,
  type ReportRow,
  reportRowSchema,
  type ScanRow,
  type ScreenshotRow,
  scanRowSchema,
  screenshotRowSchema,
  type VerdictRow,
  verdictRowSchema,
} from './rows';
import { createVerdictIndex } from './verdict-index-table';

const PACING_KEY = 'pacing';
const BUDGET_KEY = 'auto-scan-budget';

/** Counts an automatic scan against its budget: the new counts, or why it may not start. */
export type BudgetCharge = (stored: AutoScanBudget | undefined) => AutoScanBudget | BudgetRefusal;

/** What the job runner may change on a job; the rest belongs to the requests that made it. */
type RunnerField =
  | 'state'
  | 'scanId'
  | 'provider'
  | 'reused'
  | 'nextRunAt'
  | 'attempts'
  | 'polls'
  | 'conflicts'
  | 'lostSearches'
  // Pushed on when a pause for the person's choice ends: the wait was not the scan's fault.
  | 'deadlineAt';

/** Who was waiting for a job when it ended: the tabs that asked, and the most pressing reason. */
export interface Waiters {
  tabIds: number[];
  reason: JobRow['reason'] | undefined;
}

const waitersOf = (job: JobRow | undefined): Waiters => ({ tabIds: job?.tabIds ?? [], reason: job?.reason });

export interface FinishedScan {
  scan: ScanRow;
  report: ReportRow;
  screenshots: ScreenshotRow[];
  verdict: VerdictRow;
}

export interface StoreLimits {
  historyLimit: number;
  screenshotBytesLimit: number;
}

/** Everything the pipeline and the UI read and write, with rows validated on the way out. */
export function createScanStore(db: ScanlinkDatabase) {
  const index = createVerdictIndex(db);
  /** Every verdict write goes through here, inside a transaction holding `verdictIndex` too. */
  async function writeVerdicts(rows: readonly VerdictRow[]): Promise<void> {
    await db.verdicts.bulkPut([...rows]);
    await index.record(rows);
  }
  return {
    async getVerdict(url: string): Promise<VerdictRow | undefined> {
      return parseRow(verdictRowSchema, await db.verdicts.get(url));
    },
    /** The verdicts known for `urls` (normalised), in their order. */
    async getVerdicts(urls: readonly string[]): Promise<VerdictRow[]> {
      return parseRows(verdictRowSchema, await db.verdicts.bulkGet([...urls]));
    },
    /** What the badges of `urls` (normalised) show, by URL: from the verdict index, mostly in memory. */
    linkVerdicts(urls: readonly string[]): Promise<Map<string, LinkVerdict>> {
      return index.find(urls);
    },
    async putVerdict(row: VerdictRow): Promise<void> {
      await db.transaction('rw', db.verdicts, db.verdictIndex, () => writeVerdicts([row]));
    },

    async getJob(url: string): Promise<JobRow | undefined> {
      return parseRow(jobRowSchema, await db.jobs.get(url));
    },
    async listJobs(): Promise<JobRow[]> {
      return parseRows(jobRowSchema, await db.jobs.toArray());
    },
    /**
     * Queues a scan in one step with its pending verdict: creates the job, or merges into the one in
     * flight (higher priority wins, tabs accumulate). A verdict that `isFresh` accepts and that was decided
     * while the caller looked (no job left) is returned instead, so a finished scan is never re-queued.
     */
    async enqueue(
      fresh: JobRow,
      pending: VerdictRow,
      isFresh: (verdict: VerdictRow) => boolean,
      charge?: BudgetCharge,
    ): Promise<{ queued: JobRow } | { cached: VerdictRow } | { refused: BudgetRefusal }> {
      return db.transaction('rw', [db.jobs, db.verdicts, db.verdictIndex, db.keyValues], async () => {
        const existing = parseRow(jobRowSchema, await db.jobs.get(fresh.url));
        if (!existing) {
          const current = parseRow(verdictRowSchema, await db.verdicts.get(fresh.url));
          if (current && isFresh(current)) return { cached: current };
          // Only a new job costs anything: joining one in flight is free.
          if (charge) {
            const budget = charge(
              parseRow(autoScanBudgetSchema, (await db.keyValues.get(BUDGET_KEY))?.value),
            );
            if (typeof budget === 'string') return { refused: budget };
            await db.keyValues.put({ key: BUDGET_KEY, value: budget });
          }
          await db.jobs.put(fresh);
          await writeVerdicts([pending]);
          return { queued: fresh };
        }
        const job: JobRow = {
          ...existing,
          ...(fresh.priority < existing.priority ? { priority: fresh.priority, reason: fresh.reason } : {}),
          ...(fresh.skipReuse ? { skipReuse: true } : {}),
          tabIds: [...new Set([...existing.tabIds, ...fresh.tabIds])],
        };
        await db.jobs.put(job);
        return { queued: job };
      });
    },
    /**
     * Changes the fields the runner owns, re-reading the job first: a request merged in while the runner
     * waited on the network (a new tab, a higher priority) must not be overwritten by its older copy.
     */
    async updateJob(url: string, patch: Partial<Pick<JobRow, RunnerField>>): Promise<void> {
      await db.transaction('rw', db.jobs, async () => {
        const current = parseRow(jobRowSchema, await db.jobs.get(url));
        if (current) await db.jobs.put({ ...current, ...patch });
      });
    },
    /** Ends a job with a verdict (an error or an expiry) in one step; returns who was waiting for it. */
    async endJob(url: string, verdict: VerdictRow | undefined): Promise<Waiters> {
      return db.transaction('rw', db.jobs, db.verdicts, db.verdictIndex, async () => {
        const waiters = waitersOf(parseRow(jobRowSchema, await db.jobs.get(url)));
        await db.jobs.delete(url);
        if (verdict) await writeVerdicts([verdict]);
        else if ((await db.verdicts.get(url))?.kind === 'pending') {
          await db.verdicts.delete(url);
          await index.record([], [url]);
        }
        return waiters;
      });
    },

    async getAutoScanBudget(): Promise<AutoScanBudget | undefined> {
      return parseRow(autoScanBudgetSchema, (await db.keyValues.get(BUDGET_KEY))?.value);
    },
    async updateAutoScanBudget(
      change: (stored: AutoScanBudget | undefined) => AutoScanBudget,
    ): Promise<void> {
      await db.transaction('rw', db.keyValues, async () => {
        const stored = parseRow(autoScanBudgetSchema, (await db.keyValues.get(BUDGET_KEY))?.value);
        await db.keyValues.put({ key: BUDGET_KEY, value: change(stored) });
      });
    },

    async getPacing(): Promise<Pacing> {
      const row = await db.keyValues.get(PACING_KEY);
      return parseRow(pacingSchema, row?.value) ?? INITIAL_PACING;
    },
    async updatePacing(patch: Partial<Pacing>): Promise<Pacing> {
      return db.transaction('rw', db.keyValues, async () => {
        const row = await db.keyValues.get(PACING_KEY);
        const pacing = { ...(parseRow(pacingSchema, row?.value) ?? INITIAL_PACING), ...patch };
        await db.keyValues.put({ key: PACING_KEY, value: pacing });
        return pacing;
      });
    },

    /** Stores a finished scan with everything that belongs to it and ends its job, atomically. */
    async saveFinishedScan(finished: FinishedScan, jobUrl: string): Promise<Waiters> {
      const tables = [db.scans, db.reports, db.screenshots, db.verdicts, db.verdictIndex, db.jobs];
      return db.transaction('rw', tables, async () => {
        const waiters = waitersOf(parseRow(jobRowSchema, await db.jobs.get(jobUrl)));
        await db.scans.put(finished.scan);
        await db.reports.put(finished.report);
        if (finished.screenshots.length > 0) await db.screenshots.bulkPut(finished.screenshots);
        await writeVerdicts([finished.verdict]);
        await db.jobs.delete(jobUrl);
        return waiters;
      });
    },

    async history(limit: number): Promise<ScanRow[]> {
      return parseRows(scanRowSchema, await db.scans.orderBy('finishedAt').reverse().limit(limit).toArray());
    },
    /** Forgets every finished scan and verdict; scans still running carry on. */
    async clearHistory(): Promise<void> {
      await db.transaction(
        'rw',
        [db.scans, db.reports, db.screenshots, db.verdicts, db.verdictIndex],
        async () => {
          await Promise.all([db.scans.clear(), db.reports.clear(), db.screenshots.clear()]);
          await db.verdicts.filter((v) => v.kind !== 'pending').delete();
          await index.rebuildWithin();
        },
      );
    },
    /** Every finished scan and settled verdict, for an export. */
    async exportRows(): Promise<{ scans: ScanRow[]; verdicts: VerdictRow[] }> {
      const [scans, verdicts] = await Promise.all([
        db.scans.orderBy('finishedAt').reverse().toArray(),
        db.verdicts.toArray(),
      ]);
      const settled = parseRows(verdictRowSchema, verdicts).filter((row) => row.kind !== 'pending');
      return { scans: parseRows(scanRowSchema, scans), verdicts: settled };
    },
    /**
     * Adds what an imported history has and this one lacks: scans by id, and verdicts newer than the
     * ones known. A URL whose scan is running keeps its pending verdict. Says how many of each were added.
     */
    async importRows(scans: readonly ScanRow[], verdicts: readonly VerdictRow[]) {
      // A file may name a scan or URL twice: the last scan, the newest verdict.
      const byId = [...new Map(scans.map((scan) => [scan.scanId, scan])).values()];
      const byUrl = new Map<string, VerdictRow>();
      for (const row of verdicts)
        if ((byUrl.get(row.url)?.checkedAt ?? -1) < row.checkedAt) byUrl.set(row.url, row);
      const offered = [...byUrl.values()];
      return db.transaction('rw', [db.scans, db.verdicts, db.verdictIndex], async () => {
        const knownScans = await db.scans.bulkGet(byId.map((scan) => scan.scanId));
        const newScans = byId.filter((_, i) => !knownScans[i]);
        const known = await db.verdicts.bulkGet(offered.map((row) => row.url));
        const newer = offered.filter((row, i) => {
          const current = known[i];
          return !current || (current.kind !== 'pending' && current.checkedAt < row.checkedAt);
        });
        await db.scans.bulkPut(newScans);
        await writeVerdicts(newer);
        return { scans: newScans.length, verdicts: newer.length };
      });
    },
    async getScan(scanId: string): Promise<ScanRow | undefined> {
      return parseRow(scanRowSchema, await db.scans.get(scanId));
    },
    /**
     * URLs known to be malicious, newest first (what navigations are stopped for), read until `wanted` of
     * them pass `counts` or none are left: a worker start with 25,000 of them parses the few thousand the
     * rules can hold, not all. One cursor in one transaction, so a write meanwhile moves nothing.
     */
    async newestMaliciousVerdicts(
      wanted: number,
      counts: (verdict: VerdictRow) => boolean,
    ): Promise<VerdictRow[]> {
      const found: VerdictRow[] = [];
      let counted = 0;
      await db.verdicts
        .where('[kind+checkedAt]')
        .between(['malicious', Dexie.minKey], ['malicious', Dexie.maxKey])
        .reverse()
        .until(() => counted >= wanted)
        .each((row) => {
          const verdict = parseRow(verdictRowSchema, row);
          if (!verdict) return;
          found.push(verdict);
          if (counts(verdict)) counted += 1;
        });
      return found;
    },
    async getReport(scanId: string): Promise<unknown> {
      return (await db.reports.get(scanId))?.report;
    },
    /** The stored report with the scanner that wrote it (rows from before the choice: Cloudflare). */
    async getReportRow(scanId: string): Promise<ReportRow | undefined> {
      return parseRow(reportRowSchema, await db.reports.get(scanId));
    },
    async getScreenshots(scanId: string): Promise<ScreenshotRow[]> {
      return parseRows(screenshotRowSchema, await db.screenshots.where('scanId').equals(scanId).toArray());
    },

    /** Keeps the newest `historyLimit` scans and at most `screenshotBytesLimit` bytes of screenshots. */
    async prune(limits: StoreLimits): Promise<void> {
      await db.transaction('rw', [db.scans, db.reports, db.screenshots], async () => {
        const overflow = (await db.scans.count()) - limits.historyLimit;
        if (overflow > 0) {
          const oldest = (await db.scans.orderBy('finishedAt').limit(overflow).primaryKeys()) as string[];
          await db.scans.bulkDelete(oldest);
          await db.reports.bulkDelete(oldest);
          await db.screenshots.where('scanId').anyOf(oldest).delete();
        }
        let bytes = 0;
        const drop: [string, string][] = [];
        await db.screenshots
          .orderBy('storedAt')
          .reverse()
          .each((row) => {
            bytes += row.bytes;
            if (bytes > limits.screenshotBytesLimit) drop.push([row.scanId, row.resolution]);
          });
        if (drop.length > 0) await db.screenshots.bulkDelete(drop);
      });
    },
  };
}

export type ScanStore = ReturnType<typeof createScanStore>;
