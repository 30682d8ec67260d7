import type { VerdictRow } from '../db/rows';
import type { ScanStore, Waiters } from '../db/scan-store';
import type { ScanProvider } from '../providers/scan-provider';
import type { Settings } from '../settings/settings-schema';

export interface PipelineDeps {
  /** The scanner chosen in the settings, asked for at the start of each run. */
  provider: () => Promise<ScanProvider>;
  store: ScanStore;
  settings: () => Promise<Settings>;
  now: () => number;
  random?: () => number;
  /** A verdict was decided (final or error): tell the tabs and pages that care. */
  onVerdict?: (verdict: VerdictRow, waiters: Waiters) => void;
}
