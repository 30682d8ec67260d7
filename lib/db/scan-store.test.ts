import { describe, expect, it } from 'vitest';
import { ScanlinkDatabase } from './database';
import { newJobRow } from './row-fixtures';
import type { ScanRow, VerdictRow } from './rows';
import { createScanStore } from './scan-store';

let n = 0;
const freshStore = () => {
  const db = new ScanlinkDatabase(`store-test-${++n}`);
  return { db, store: createScanStore(db) };
};

const scanRow = (i: number): ScanRow => ({
  scanId: `scan-${i}`,
  url: `https://s${i}.example/`,
  kind: 'safe',
  reasons: [],
  categories: [],
  finishedAt: 1_000 + i,
  reused: false,
});

describe('scan store', () => {
  it('declares the current schema version with the tables the pipeline needs', async () => {
    const { db } = freshStore();
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'jobs',
      'keyValues',
      'reports',
      'scans',
      'screenshots',
      'verdictIndex',
      'verdicts',
    ]);
  });

  it('treats rows that do not fit the current shape as absent instead of trusting them', async () => {
    const { db, store } = freshStore();
    await db.verdicts.put({ url: 'https://old.example/', verdict: 'bad' } as never);
    await db.jobs.put({ url: 'https://old.example/', state: 'mystery' } as never);
    expect(await store.getVerdict('https://old.example/')).toBeUndefined();
    expect(await store.listJobs()).toEqual([]);
  });

  it('keeps only the newest scans beyond the history limit, with their reports and screenshots', async () => {
    const { db, store } = freshStore();
    for (let i = 0; i < 15; i++) {
      await store.saveFinishedScan(
        {
          scan: scanRow(i),
          report: { scanId: `scan-${i}`, provider: 'cloudflare', report: {} },
          screenshots: [],
          verdict: { url: `https://s${i}.example/`, kind: 'safe', reasons: [], categories: [], checkedAt: i },
        },
        `https://s${i}.example/`,
      );
    }
    await store.prune({ historyLimit: 10, screenshotBytesLimit: 1024 ** 3 });
    expect((await store.history(100)).map((s) => s.scanId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `scan-${14 - i}`),
    );
    expect(await db.reports.count()).toBe(10);
  });

  it('drops the oldest screenshots beyond the byte limit', async () => {
    const { db, store } = freshStore();
    for (let i = 0; i < 5; i++) {
      await db.screenshots.put({
        scanId: `scan-${i}`,
        resolution: 'desktop',
        image: new Blob([new Uint8Array(400_000)]),
        bytes: 400_000,
        storedAt: i,
      });
    }
    await store.prune({ historyLimit: 100, screenshotBytesLimit: 1_000_000 });
    expect((await db.screenshots.toArray()).map((r) => r.scanId).sort()).toEqual(['scan-3', 'scan-4']);
  });

  it('merges a second request into the job in flight: higher priority wins, tabs accumulate', async () => {
    const { store } = freshStore();
    const base = newJobRow('https://a.example/');
    const pending = { url: base.url, kind: 'pending' as const, reasons: [], categories: [], checkedAt: 0 };
    const never = () => false;
    await store.enqueue({ ...base, reason: 'link-hovered', priority: 2, tabIds: [1] }, pending, never);
    const merged = await store.enqueue(
      { ...base, reason: 'menu-click', priority: 0, tabIds: [2] },
      pending,
      never,
    );
    expect(merged).toEqual({
      queued: expect.objectContaining({ reason: 'menu-click', priority: 0, tabIds: [1, 2] }),
    });

    // The runner read the job before that merge; its update must keep what the merge added.
    await store.updateJob(base.url, { state: 'waiting', nextRunAt: 5 });
    expect(await store.getJob(base.url)).toMatchObject({
      state: 'waiting',
      reason: 'menu-click',
      tabIds: [1, 2],
    });
  });
});

describe('history import', () => {
  it('adds only the scans it lacks and verdicts newer than its own, and never touches a running scan', async () => {
    const { store } = freshStore();
    await store.importRows(
      [scanRow(1)],
      [{ url: 'https://s1.example/', kind: 'safe', reasons: [], categories: [], checkedAt: 5 }],
    );
    await store.putVerdict({
      url: 'https://busy.example/',
      kind: 'pending',
      reasons: [],
      categories: [],
      checkedAt: 1,
    });
    const again = await store.importRows(
      [scanRow(1), scanRow(2), scanRow(2)],
      [
        { url: 'https://s1.example/', kind: 'malicious', reasons: [], categories: [], checkedAt: 3 },
        { url: 'https://s2.example/', kind: 'safe', reasons: [], categories: [], checkedAt: 3 },
        { url: 'https://busy.example/', kind: 'safe', reasons: [], categories: [], checkedAt: 9 },
      ],
    );
    expect(again).toEqual({ scans: 1, verdicts: 1 });
    expect((await store.history(10)).map((s) => s.scanId).sort()).toEqual(['scan-1', 'scan-2']);
    expect((await store.getVerdict('https://s1.example/'))?.kind).toBe('safe');
    expect((await store.getVerdict('https://busy.example/'))?.kind).toBe('pending');
  });
});

describe('malicious verdicts for the navigation rules', () => {
  const verdict = (i: number, kind: VerdictRow['kind'] = 'malicious'): VerdictRow => ({
    url: `https://m${i}.example/`,
    kind,
    reasons: [],
    categories: [],
    checkedAt: i,
  });
  const ages = (verdicts: VerdictRow[]) => verdicts.map((v) => v.checkedAt);
  const newestFirst = (from: number, count: number) => Array.from({ length: count }, (_, i) => from - i);

  it('reads them newest first, without other kinds or rows that do not fit the schema', async () => {
    const { db, store } = freshStore();
    await db.verdicts.bulkPut([
      verdict(1),
      verdict(3),
      verdict(2, 'safe'),
      verdict(4, 'pending'),
      verdict(5),
    ]);
    await db.verdicts.put({ url: 'https://damaged.example/', kind: 'malicious', checkedAt: 9 } as never);
    expect(ages(await store.newestMaliciousVerdicts(10, () => true))).toEqual([5, 3, 1]);
  });

  it('stops reading once enough of them count, and reads them all when there are not enough', async () => {
    const { db, store } = freshStore();
    await db.verdicts.bulkPut(Array.from({ length: 300 }, (_, i) => verdict(i)));

    expect(ages(await store.newestMaliciousVerdicts(10, () => true))).toEqual(newestFirst(299, 10));
    // Only even ages count: the 50th even one from the newest (200) is the 100th row.
    const even = await store.newestMaliciousVerdicts(50, (v) => v.checkedAt % 2 === 0);
    expect(ages(even)).toEqual(newestFirst(299, 100));
    expect(ages(await store.newestMaliciousVerdicts(1_000, () => true))).toEqual(newestFirst(299, 300));
  });
});
