import type { ProviderReport } from '../providers/scan-provider';

// ScanURL keeps nothing to fetch later: `result(scanId)` can only hand back what this worker received.
// The pipeline takes the report from `submit`'s `finished`; this small memory (which dies with the
// service worker) only serves a caller that asks again shortly after.
export const REPORT_CACHE_SIZE = 20;

export interface ReportCache {
  put(report: ProviderReport): void;
  get(scanId: string): ProviderReport | undefined;
}

export function createReportCache(size = REPORT_CACHE_SIZE): ReportCache {
  const reports = new Map<string, ProviderReport>();
  return {
    put(report) {
      reports.delete(report.scanId);
      reports.set(report.scanId, report);
      // A Map iterates in insertion order: the first key is the oldest.
      for (const oldest of reports.keys()) {
        if (reports.size <= size) break;
        reports.delete(oldest);
      }
    },
    get: (scanId) => reports.get(scanId),
  };
}
