import { Dexie } from 'dexie';
import type { VerdictRow } from './rows';

/** Enough for the links of the pages a person moves between; about 1–2 MB of rows at most. */
const CAPACITY = 5_000;

/**
 * Verdicts recently read, by normalised URL, in the service worker's memory (lost with it, which is fine:
 * it only saves reads). Chromium's IndexedDB costs ~25 µs a key, so a page asking again for the
 * verdicts of its thousand links, or another tab of the same site, is answered from here. `null` records
 * a URL with no verdict. Any committed write to the verdicts table, through any path, empties it, and a
 * read that began before such a write does not fill it, so it never answers with a superseded row.
 */
export function createVerdictMemo(dbName: string, capacity = CAPACITY) {
  const rows = new Map<string, VerdictRow | null>();
  let generation = 0;
  const table = `idb://${dbName}/verdicts/`;
  // Fired when a transaction commits, with the parts of the database it changed.
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(table))) {
      generation += 1;
      rows.clear();
    }
  });

  return {
    /** The row, `null` for a URL known to have none, `undefined` when it must be read. */
    get(url: string): VerdictRow | null | undefined {
      return rows.get(url);
    },
    /** Marks the start of a read whose rows will be passed to `fill`. */
    readStarted: () => generation,
    /** Keeps what a read found, unless the table changed since it began; the oldest entries go first. */
    fill(startedAt: number, found: Iterable<[string, VerdictRow | null]>) {
      if (startedAt !== generation) return;
      for (const [url, row] of found) {
        rows.delete(url);
        rows.set(url, row);
      }
      for (const url of rows.keys()) {
        if (rows.size <= capacity) break;
        rows.delete(url);
      }
    },
  };
}
