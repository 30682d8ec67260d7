import { Dexie } from 'dexie';
import { z } from '../z';
import type { ScanlinkDatabase } from './database';
import { type LinkVerdict, parseRow, parseRows, verdictRowSchema } from './rows';
import {
  bucketOf,
  findInBucket,
  type IndexBucket,
  type IndexEntry,
  indexBucketSchema,
  indexEntry,
  packIndex,
  updateBucket,
  urlHash,
} from './verdict-index';
import { STAMP_KEY, type StampRow, stampRowSchema, type VerdictIndexRow } from './verdict-index-rows';

interface Copy {
  stamp: string | undefined;
  buckets: Map<number, IndexBucket>;
}

/** Runs `then` once the outermost transaction around this code has committed (never if it aborts). */
function afterCommit(then: () => void) {
  let transaction = Dexie.currentTransaction;
  while (transaction?.parent) transaction = transaction.parent;
  transaction?.on('complete', then);
}

/**
 * The verdict index (`verdict-index.ts`) in IndexedDB, written in the same transactions as the verdicts it
 * mirrors, and the service worker's copy of it.
 *
 * The copy names the stamp its buckets were read at. Each lookup reads the stored stamp (one key) with the
 * buckets it lacks: a stamp it did not expect means the index was written behind its back, and it reads
 * afresh. Its own writes move the copy along with the buckets they wrote. A missing stamp or an unreadable
 * bucket (a new install, an upgrade from v2, rows written by anything else) makes the lookup rebuild the
 * whole index from the verdicts first.
 */
export function createVerdictIndex(db: ScanlinkDatabase) {
  let copy: Copy = { stamp: undefined, buckets: new Map() };
  let rebuilding: Promise<void> | undefined;

  const readStamp = (row: unknown) => parseRow(stampRowSchema, row)?.stamp;
  const newStamp = (): StampRow => ({ bucket: STAMP_KEY, stamp: crypto.randomUUID() });

  /** Writes the whole index from the verdicts; call inside a transaction holding both tables. */
  async function rebuildWithin(): Promise<void> {
    const buckets = packIndex(parseRows(verdictRowSchema, await db.verdicts.toArray()));
    const stamp = newStamp();
    await db.verdictIndex.clear();
    await db.verdictIndex.bulkPut([...buckets, stamp]);
    afterCommit(() => {
      copy = { stamp: stamp.stamp, buckets: new Map(buckets.map((row) => [row.bucket, row])) };
    });
  }

  function rebuild(): Promise<void> {
    rebuilding ??= db
      .transaction('rw', db.verdicts, db.verdictIndex, rebuildWithin)
      .finally(() => (rebuilding = undefined));
    return rebuilding;
  }

  /** The buckets numbered `needed` (and perhaps others), from the copy where current, else read and kept. */
  async function bucketsFor(needed: readonly number[]): Promise<Map<number, IndexBucket>> {
    for (let attempt = 1; ; attempt++) {
      const seen = copy;
      const snapshot = await db.transaction('r', db.verdictIndex, async () => {
        const stamp = readStamp(await db.verdictIndex.get(STAMP_KEY));
        const current = stamp !== undefined && stamp === seen.stamp;
        const missing = current ? needed.filter((bucket) => !seen.buckets.has(bucket)) : needed;
        const rows = (await db.verdictIndex.bulkGet([...missing])).map((row) =>
          parseRow(indexBucketSchema, row),
        );
        return { stamp, current, rows };
      });
      const { stamp } = snapshot;
      const read = snapshot.rows.filter((row): row is IndexBucket => row !== undefined);
      if (stamp === undefined || read.length < snapshot.rows.length) {
        if (attempt > 1) throw new Error('The verdict index could not be read even after rebuilding it.');
        await rebuild();
        continue;
      }
      // Kept only if no write of ours moved the copy on meanwhile.
      const kept = snapshot.current ? seen : { stamp, buckets: new Map<number, IndexBucket>() };
      for (const row of read) kept.buckets.set(row.bucket, row);
      if (copy === seen) copy = kept;
      return kept.buckets;
    }
  }

  return {
    /** The badge verdicts known for `urls` (normalised), by URL. */
    async find(urls: readonly string[]): Promise<Map<string, LinkVerdict>> {
      if (urls.length === 0) return new Map();
      const hashes = urls.map(urlHash);
      const buckets = await bucketsFor([...new Set(hashes.map(bucketOf))]);
      const found = new Map<string, LinkVerdict>();
      for (const [i, url] of urls.entries()) {
        const hash = hashes[i] ?? 0;
        const bucket = buckets.get(bucketOf(hash));
        const verdict = bucket && findInBucket(bucket, url, hash);
        if (verdict) found.set(url, verdict);
      }
      return found;
    },

    /**
     * Records verdicts written and URLs whose verdict was deleted; call inside the transaction that writes
     * them, holding `verdictIndex` too. An index not built yet (or damaged) is left for the next lookup to
     * rebuild.
     */
    async record(written: readonly LinkVerdict[], deleted: readonly string[] = []): Promise<void> {
      const changes = new Map<number, { put: IndexEntry[]; removed: string[] }>();
      const changeFor = (hash: number) => {
        const bucket = bucketOf(hash);
        const change = changes.get(bucket) ?? { put: [], removed: [] };
        changes.set(bucket, change);
        return change;
      };
      for (const verdict of written) {
        const entry = indexEntry(verdict);
        changeFor(entry.hash).put.push(entry);
      }
      for (const url of deleted) changeFor(urlHash(url)).removed.push(url);
      if (changes.size === 0) return;

      const [stampRow, ...rows] = await db.verdictIndex.bulkGet([STAMP_KEY, ...changes.keys()]);
      const previous = readStamp(stampRow);
      const current = rows.map((row) => parseRow(indexBucketSchema, row));
      if (previous === undefined || current.some((row) => row === undefined)) {
        await db.verdictIndex.clear();
        return;
      }
      const updated = current.flatMap((row) => {
        const change = row && changes.get(row.bucket);
        return row && change ? [updateBucket(row, change.put, change.removed)] : [];
      });
      const stamp = newStamp();
      await db.verdictIndex.bulkPut([...updated, stamp]);
      afterCommit(() => {
        // A new object: a lookup reading meanwhile must see that the copy moved on.
        if (copy.stamp !== previous) return;
        const buckets = new Map(copy.buckets);
        for (const row of updated) buckets.set(row.bucket, row);
        copy = { stamp: stamp.stamp, buckets };
      });
    },

    rebuildWithin,
  };
}

export type VerdictIndex = ReturnType<typeof createVerdictIndex>;
