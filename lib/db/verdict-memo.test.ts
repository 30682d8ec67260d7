import { describe, expect, it, vi } from 'vitest';
import { ScanlinkDatabase } from './database';
import type { VerdictRow } from './rows';
import { createScanStore } from './scan-store';
import { createVerdictMemo } from './verdict-memo';

let n = 0;
const freshStore = () => {
  const db = new ScanlinkDatabase(`memo-test-${++n}`);
  return { db, store: createScanStore(db) };
};

const verdict = (url: string, kind: VerdictRow['kind']): VerdictRow => ({
  url,
  kind,
  reasons: [],
  categories: [],
  checkedAt: 1,
});

describe('verdicts read from memory', () => {
  it('answers a second lookup of the same URLs without reading the database', async () => {
    const { db, store } = freshStore();
    await db.verdicts.bulkPut([
      verdict('https://a.example/', 'safe'),
      verdict('https://b.example/', 'malicious'),
    ]);
    const reads = vi.spyOn(db.verdicts, 'bulkGet');
    const urls = ['https://a.example/', 'https://none.example/', 'https://b.example/'];
    const first = await store.getVerdicts(urls);
    const second = await store.getVerdicts(urls);
    expect(second).toEqual(first);
    expect(first.map((row) => row.kind)).toEqual(['safe', 'malicious']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('never answers with a verdict that a later write replaced, whatever path wrote it', async () => {
    const { db, store } = freshStore();
    const url = 'https://later-phish.example/';
    expect(await store.getVerdicts([url])).toEqual([]);
    await store.putVerdict(verdict(url, 'pending'));
    expect((await store.getVerdicts([url]))[0]?.kind).toBe('pending');
    await db.transaction('rw', db.verdicts, () => db.verdicts.put(verdict(url, 'malicious')));
    expect((await store.getVerdicts([url]))[0]?.kind).toBe('malicious');
    await db.verdicts.clear();
    expect(await store.getVerdicts([url])).toEqual([]);
  });

  it('does not keep what a read found when the table changed while it ran', async () => {
    const { db } = freshStore();
    await db.open();
    const memo = createVerdictMemo(db.name);
    const url = 'https://racing.example/';
    const startedAt = memo.readStarted();
    await db.verdicts.put(verdict(url, 'malicious'));
    memo.fill(startedAt, [[url, verdict(url, 'safe')]]);
    expect(memo.get(url)).toBeUndefined();
    memo.fill(memo.readStarted(), [[url, verdict(url, 'malicious')]]);
    expect(memo.get(url)?.kind).toBe('malicious');
  });

  it('ignores writes to other tables and other databases', async () => {
    const { db } = freshStore();
    const other = new ScanlinkDatabase(`memo-test-other-${n}`);
    // Creating a database counts as changing every table of it: open both first.
    await Promise.all([db.open(), other.open()]);
    const memo = createVerdictMemo(db.name);
    const url = 'https://kept.example/';
    memo.fill(memo.readStarted(), [[url, null]]);
    await db.jobs.clear();
    await other.verdicts.put(verdict(url, 'safe'));
    expect(memo.get(url)).toBeNull();
  });

  it('forgets the least recently filled URLs beyond its capacity', () => {
    const memo = createVerdictMemo('memo-capacity', 2);
    const started = memo.readStarted();
    memo.fill(started, [
      ['https://1.example/', null],
      ['https://2.example/', null],
    ]);
    memo.fill(started, [
      ['https://1.example/', null],
      ['https://3.example/', null],
    ]);
    expect(memo.get('https://2.example/')).toBeUndefined();
    expect(memo.get('https://1.example/')).toBeNull();
    expect(memo.get('https://3.example/')).toBeNull();
  });
});
