import type { VerdictRow } from '../db/rows';
import type { PageSettings } from '../messaging/handle-request';
import type { ScanOutcome } from '../scan/scan-request';
import { normaliseUrl } from '../url/normalise-url';

export interface PageVerdictDeps {
  scanPage: (url: string) => Promise<ScanOutcome>;
  lookup: (url: string) => Promise<VerdictRow | undefined>;
  onVerdict: (verdict: VerdictRow) => void;
}

/**
 * Scans the page the person opened (when auto-scan on visit is on) and reports its verdict now and
 * whenever the background announces a new one. Returns the handler for those announcements. A page on a
 * site the person trusts is left alone: no scan on visit and no verdict, so no banner.
 */
export async function watchPageVerdict(
  pageUrl: string,
  settings: Pick<PageSettings, 'autoScanOnVisit' | 'pageTrusted'>,
  deps: PageVerdictDeps,
): Promise<((updatedUrl: string) => Promise<void>) | undefined> {
  if (settings.pageTrusted) return undefined;
  const target = normaliseUrl(pageUrl);
  if (settings.autoScanOnVisit) {
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
