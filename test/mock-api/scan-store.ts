import type { ScanRecord, ScanSummary } from './types';

export interface ScanStore {
  add(scan: ScanRecord): void;
  get(uuid: string): ScanRecord | undefined;
  all(): readonly ScanRecord[];
  clear(): void;
}

export function createScanStore(): ScanStore {
  const scans = new Map<string, ScanRecord>();
  return {
    add: (scan) => void scans.set(scan.uuid, scan),
    get: (uuid) => scans.get(uuid.toLowerCase()),
    all: () => [...scans.values()],
    clear: () => scans.clear(),
  };
}

export function isReady(scan: ScanRecord, now = Date.now()): boolean {
  return now >= scan.readyAt;
}

/** Public scans are anyone's to read; unlisted ones only their owner's (others get a plain 404). */
export function canSee(scan: ScanRecord, accountId: string): boolean {
  return scan.visibility === 'public' || scan.ownerAccountId === accountId;
}

export function summarize(scan: ScanRecord): ScanSummary {
  const { uuid, url, visibility, submittedAt, readyAt } = scan;
  return { uuid, url, visibility, submittedAt, readyAt };
}
