import type { ProviderReport } from '../providers/scan-provider';
import type { UrlscanResult } from './schemas';
import { verdictFromResult } from './verdict';

/** urlscan.io's page for a scan, for people (public and unlisted ones; private ones need a sign-in). */
export function urlscanReportUrl(scanId: string): string {
  return `https://urlscan.io/result/${encodeURIComponent(scanId)}/`;
}

/** A finished urlscan.io result in the common model. urlscan.io takes one desktop screenshot per scan. */
export function providerReport(scanId: string, result: UrlscanResult): ProviderReport {
  const verdict = verdictFromResult(result);
  const scannedAt = Date.parse(result.task.time);
  return {
    provider: 'urlscan',
    scanId,
    report: result,
    verdict,
    // A page the browser never reached has no screenshot worth fetching.
    screenshots: result.page?.url ? ['desktop'] : [],
    reportUrl: urlscanReportUrl(scanId),
    ...(Number.isNaN(scannedAt) ? {} : { scannedAt }),
    ...(result.page?.title ? { title: result.page.title } : {}),
    ...(result.task.visibility ? { visibility: result.task.visibility } : {}),
  };
}
