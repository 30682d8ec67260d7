import type { VerdictRow } from '../db/rows';
import type { ScanStore, Waiters } from '../db/scan-store';
import type { ScanProvider } from '../providers/scan-provider';
import type { Settings } from '../settings/settings-schema';

export interface PipelineDeps {
  /** The scanner `settings` choose; asked at the start of each run with the settings it loaded. */
  provider: (settings: Settings) => ScanProvider;
  store: ScanStore;
  settings: () => Promise<Settings>;
  now: () => number;
  random?: () => number;
  /** A verdict was decided (final or error): tell the tabs and pages that care. */
  onVerdict?: (verdict: VerdictRow, waiters: Waiters) => void;
}
