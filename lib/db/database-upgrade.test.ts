import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ScanlinkDatabase } from './database';
import { createScanStore } from './scan-store';

let n = 0;

/** A database as version 1 of Scanlink left it: its schema, and rows in the shape it wrote them. */
async function version1Fixture(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    verdicts: 'url, checkedAt',
    scans: 'scanId, url, finishedAt',
    reports: 'scanId',
    screenshots: '[scanId+resolution], scanId, storedAt',
    jobs: 'url, state',
    keyValues: 'key',
  });
  await v1.table('verdicts').bulkPut([
    {
      url: 'https://evil.example/',
      kind: 'malicious',
      reasons: ['Phishing.'],
      categories: [],
      checkedAt: 2,
      scanId: 's1',
    },
    { url: 'https://fine.example/', kind: 'safe', reasons: [], categories: [], checkedAt: 1 },
  ]);
  await v1.table('scans').put({
    scanId: 's1',
    url: 'https://evil.example/',
    kind: 'malicious',
    reasons: ['Phishing.'],
    categories: [],
    finishedAt: 2,
    reused: false,
  });
  await v1.table('keyValues').put({ key: 'settings', value: { accountId: 'acc', dwellMs: 800 } });
  v1.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database as the current version with every row kept and the kind indexes filled', async () => {
    const name = `upgrade-${++n}`;
    await version1Fixture(name);

    const db = new ScanlinkDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const store = createScanStore(db);
    expect(await store.getVerdict('https://fine.example/')).toMatchObject({ kind: 'safe' });
    expect((await store.newestMaliciousVerdicts(10, () => true)).map((v) => v.url)).toEqual([
      'https://evil.example/',
    ]);
    expect(await store.history(10)).toEqual([expect.objectContaining({ scanId: 's1', kind: 'malicious' })]);
    expect((await db.keyValues.get('settings'))?.value).toMatchObject({ accountId: 'acc', dwellMs: 800 });
    db.close();
  });

  it('answers badge lookups for the verdicts an older version stored, by building the verdict index', async () => {
    const name = `upgrade-${++n}`;
    await version1Fixture(name);

    const db = new ScanlinkDatabase(name);
    const store = createScanStore(db);
    expect(await db.verdictIndex.count()).toBe(0);
    const found = await store.linkVerdicts([
      'https://evil.example/',
      'https://fine.example/',
      'https://new.example/',
    ]);
    expect([...found.values()]).toEqual([
      { url: 'https://evil.example/', kind: 'malicious', categories: [] },
      { url: 'https://fine.example/', kind: 'safe', categories: [] },
    ]);
    expect(await db.verdictIndex.count()).toBeGreaterThan(0);
    db.close();
  });
});
