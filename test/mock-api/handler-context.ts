import type { Report } from './fixture';
import type { RateLimits } from './rate-limits';
import type { ScanStore } from './scan-store';
import type { ScannerUrls } from './scanner-urls';
import type { ScanRecord } from './types';

// Apart from handlers.ts, so search-handler.ts (which handlers.ts imports) can name it without a cycle.

export interface HandlerContext {
  accountId: string;
  plan: 'free' | 'paid';
  scanDurationMs(): number;
  store: ScanStore;
  limits: RateLimits;
  urls: ScannerUrls;
  reportOf(scan: ScanRecord): Report;
}
