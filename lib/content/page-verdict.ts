import type { VerdictRow } from '../db/rows';
import type { ScanOutcome } from '../scan/scan-request';
import { normaliseUrl } from '../url/normalise-url';

export interface PageVerdictDeps {
  scanPage: (url: string) => Promise<ScanOutcome>;
  lookup: (url: string) => Promise<VerdictRow | undefined>;
  onVerdict: (verdict: VerdictRow) => void;
}

/**
 * Scans the page the person opened (when auto-scan on visit is on) and reports its verdict now and
 * whenever the background announces a new one. Returns the handler for those announcements.
 */
export async function watchPageVerdict(pageUrl: string, scan: boolean, deps: PageVerdictDeps) {
  const target = normaliseUrl(pageUrl);
  if (scan) {
    const outcome = await deps.scanPage(pageUrl);
    if (outcome.status !== 'refused') deps.onVerdict(outcome.verdict);
  } else {
    const known = await deps.lookup(pageUrl);
    if (known) deps.onVerdict(known);
  }
  return async (updatedUrl: string) => {
    if (updatedUrl !== target) return;
    const verdict = await deps.lookup(pageUrl);
    if (verdict) deps.onVerdict(verdict);
  };
}
