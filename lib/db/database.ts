import { Dexie, type EntityTable } from 'dexie';
import type { JobRow, ReportRow, ScanRow, ScreenshotRow, VerdictRow } from './rows';
import type { VerdictIndexRow } from './verdict-index-rows';

export interface KeyValueRow {
  key: string;
  value: unknown;
}

/**
 * The extension's IndexedDB, owned by the background. The schema is declared here once; a new version
 * adds a `this.version(n)` block with its upgrade and a test that opens a fixture of version n-1.
 */
export class ScanlinkDatabase extends Dexie {
  verdicts!: EntityTable<VerdictRow, 'url'>;
  scans!: EntityTable<ScanRow, 'scanId'>;
  reports!: EntityTable<ReportRow, 'scanId'>;
  screenshots!: Dexie.Table<ScreenshotRow, [string, string]>;
  jobs!: EntityTable<JobRow, 'url'>;
  /** Settings and pacing: small records read whole. */
  keyValues!: EntityTable<KeyValueRow, 'key'>;
  /** The verdicts packed for lookups by URL (`verdict-index.ts`), written with them. */
  verdictIndex!: Dexie.Table<VerdictIndexRow, number>;

  constructor(name = 'scanlink') {
    super(name);
    this.version(1).stores({
      verdicts: 'url, checkedAt',
      scans: 'scanId, url, finishedAt',
      reports: 'scanId',
      screenshots: '[scanId+resolution], scanId, storedAt',
      jobs: 'url, state',
      keyValues: 'key',
    });
    // v2: verdicts by kind, so the known-malicious URLs the navigation rules need are read without a
    // scan of the whole cache. Dexie builds the new index from the existing rows; nothing to migrate.
    this.version(2).stores({ verdicts: 'url, checkedAt, kind' });
    // v3: the verdict index. It starts empty: the first lookup builds it from the verdicts.
    this.version(3).stores({ verdictIndex: 'bucket' });
    // v4: verdicts by kind and age, so the navigation rules read the newest malicious ones first and
    // stop once they have enough, instead of parsing every one at each worker start. It replaces v2's
    // index by kind, which nothing else read.
    this.version(4).stores({ verdicts: 'url, checkedAt, [kind+checkedAt]' });
  }
}
