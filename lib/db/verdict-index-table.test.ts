import { describe, expect, it, vi } from 'vitest';
import { ScanlinkDatabase } from './database';
import { newJobRow } from './row-fixtures';
import type { VerdictRow } from './rows';
import { createScanStore } from './scan-store';
import { bucketOf, packBucket, urlHash } from './verdict-index';
import { STAMP_KEY } from './verdict-index-rows';

let n = 0;
const freshStore = () => {
  const db = new ScanlinkDatabase(`index-test-${++n}`);
  return { db, store: createScanStore(db) };
};

const row = (url: string, kind: VerdictRow['kind'], categories: string[] = []): VerdictRow => ({
  url,
  kind,
  reasons: [],
  categories,
  checkedAt: 1,
});

const A = 'https://a.example/';
const B = 'https://b.example/';
const C = 'https://c.example/';
const D = 'https://d.example/';

/** The kind each of `urls` is badged with, `-` for none. */
async function kinds(store: ReturnType<typeof createScanStore>, urls: string[]) {
  const found = await store.linkVerdicts(urls);
  return urls.map((url) => found.get(url)?.kind ?? '-');
}

describe('verdict index in IndexedDB', () => {
  it('follows every way the store writes or removes a verdict', async () => {
    const { store } = freshStore();
    expect(await kinds(store, [A, B, C, D])).toEqual(['-', '-', '-', '-']);

    await store.putVerdict(row(A, 'safe'));
    await store.enqueue(newJobRow(B), row(B, 'pending'), () => false);
    await store.enqueue(newJobRow(C), row(C, 'pending'), () => false);
    expect(await kinds(store, [A, B, C, D])).toEqual(['safe', 'pending', 'pending', '-']);

    await store.saveFinishedScan(
      {
        scan: { ...row(B, 'malicious', ['Phishing']), scanId: 's-b', finishedAt: 2, reused: false },
        report: { scanId: 's-b', provider: 'cloudflare', report: {} },
        screenshots: [],
        verdict: row(B, 'malicious', ['Phishing']),
      },
      B,
    );
    await store.endJob(C, undefined);
    await store.importRows([], [row(D, 'suspicious')]);
    expect(await kinds(store, [A, B, C, D])).toEqual(['safe', 'malicious', '-', 'suspicious']);
    expect((await store.linkVerdicts([B])).get(B)).toEqual({
      url: B,
      kind: 'malicious',
      categories: ['Phishing'],
    });

    await store.enqueue(newJobRow(C), row(C, 'pending'), () => false);
    await store.clearHistory();
    expect(await kinds(store, [A, B, C, D])).toEqual(['-', '-', 'pending', '-']);
  });

  it('keeps answering as before when the transaction that wrote a verdict is rolled back', async () => {
    const { db, store } = freshStore();
    await store.putVerdict(row(A, 'malicious'));
    expect(await kinds(store, [A])).toEqual(['malicious']);
    await expect(
      db.transaction('rw', db.verdicts, db.verdictIndex, async () => {
        await store.putVerdict(row(A, 'safe'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await kinds(store, [A])).toEqual(['malicious']);
    expect((await store.getVerdict(A))?.kind).toBe('malicious');
  });

  it('answers from memory once read: a later lookup reads only the stamp', async () => {
    const { db, store } = freshStore();
    await store.putVerdict(row(A, 'safe'));
    await kinds(store, [A, B, C]);
    const bulkGet = vi.spyOn(db.verdictIndex, 'bulkGet');
    const get = vi.spyOn(db.verdictIndex, 'get');
    expect(await kinds(store, [A, B, C])).toEqual(['safe', '-', '-']);
    expect(get).toHaveBeenCalledWith(STAMP_KEY);
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys)).toEqual([]);

    // Its own write moves the memory on: still nothing to read.
    await store.putVerdict(row(B, 'suspicious'));
    bulkGet.mockClear();
    expect(await kinds(store, [A, B, C])).toEqual(['safe', 'suspicious', '-']);
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys)).toEqual([]);
  });

  it('reads afresh when the index was written behind its back', async () => {
    const { db, store } = freshStore();
    await store.putVerdict(row(A, 'safe'));
    expect(await kinds(store, [A])).toEqual(['safe']);
    // Another writer: its own buckets and stamp.
    const stored = await db.verdictIndex.toArray();
    await db.verdictIndex.bulkPut(
      stored.map((r) => ('format' in r ? packBucket(r.bucket, []) : { bucket: STAMP_KEY, stamp: 'other' })),
    );
    expect(await kinds(store, [A])).toEqual(['-']);
  });

  it('rebuilds the index from the verdicts when it is missing or a bucket is damaged', async () => {
    const { db, store } = freshStore();
    await store.putVerdict(row(A, 'safe'));
    expect(await kinds(store, [A])).toEqual(['safe']);
    // Verdicts written by something else, the index cleared (as an upgrade or the tests' raw writes leave it).
    await db.verdicts.bulkPut([row(B, 'malicious'), row(C, 'suspicious')]);
    await db.verdictIndex.clear();
    expect(await kinds(store, [A, B, C])).toEqual(['safe', 'malicious', 'suspicious']);

    // The bucket holding B damaged; B's answer must come from a rebuild, not from the damaged row.
    const damaged = bucketOf(urlHash(B));
    await db.verdictIndex.put({ ...(await db.verdictIndex.get(damaged)), kinds: 'garbage' } as never);
    await db.verdictIndex.put({ bucket: STAMP_KEY, stamp: 'after-damage' });
    expect(await kinds(store, [A, B, C])).toEqual(['safe', 'malicious', 'suspicious']);
    expect((await db.verdictIndex.get(damaged))?.bucket).toBe(damaged);
    expect(await db.verdictIndex.get(STAMP_KEY)).not.toEqual({ bucket: STAMP_KEY, stamp: 'after-damage' });
  });

  it('leaves an index not built yet for the next lookup, and writes no half of one', async () => {
    const { db, store } = freshStore();
    await store.putVerdict(row(A, 'safe'));
    expect(await db.verdictIndex.count()).toBe(0);
    expect(await kinds(store, [A])).toEqual(['safe']);
    expect(await db.verdictIndex.count()).toBe(65);
  });

  it('gives a lookup under way and a write at the same time each their answer, and the next lookup the new one', async () => {
    const { store } = freshStore();
    await store.putVerdict(row(A, 'pending'));
    await kinds(store, [B]);
    const during = kinds(store, [A]);
    await store.putVerdict(row(A, 'malicious'));
    expect(['pending', 'malicious']).toContain((await during)[0]);
    expect(await kinds(store, [A])).toEqual(['malicious']);
  });
});
