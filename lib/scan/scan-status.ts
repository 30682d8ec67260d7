import type { ApiErrorInfo, JobRow, Pacing, VerdictRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import { normaliseUrl } from '../url/normalise-url';

/** Where a URL's scan stands, for pages that show progress and say what holds it up. */
export interface ScanStatus {
  verdict?: VerdictRow;
  job?: Pick<JobRow, 'state' | 'reason' | 'createdAt'>;
  /** The API asked us to wait (429): no request goes out before this time. */
  blockedUntil?: number;
  /** The API rejected the credentials: nothing is sent until the settings change. */
  authRejected?: ApiErrorInfo;
  /** The account refused the visibility asked for: submissions wait for the person's choice. */
  visibilityRefused?: NonNullable<Pacing['visibilityRefused']>;
  /** A scan was made more public than asked: automatic scans are stopped until dismissed. */
  visibilityMismatch?: NonNullable<Pacing['visibilityMismatch']>;
  /** Navigations to this URL are stopped on the warning page (it was found malicious). */
  stopped?: boolean;
}

export async function loadScanStatus(
  store: Pick<ScanStore, 'getVerdict' | 'getJob' | 'getPacing'>,
  rawUrl: string,
  now: number,
): Promise<ScanStatus> {
  const url = normaliseUrl(rawUrl);
  if (!url) return {};
  const [verdict, job, pacing] = await Promise.all([
    store.getVerdict(url),
    store.getJob(url),
    store.getPacing(),
  ]);
  return {
    ...(verdict ? { verdict } : {}),
    ...(job ? { job: { state: job.state, reason: job.reason, createdAt: job.createdAt } } : {}),
    ...(pacing.blockedUntil > now ? { blockedUntil: pacing.blockedUntil } : {}),
    ...(pacing.authRejected ? { authRejected: pacing.authRejected } : {}),
    ...(pacing.visibilityRefused ? { visibilityRefused: pacing.visibilityRefused } : {}),
    ...(pacing.visibilityMismatch ? { visibilityMismatch: pacing.visibilityMismatch } : {}),
  };
}
