import type { ScreenshotResolution } from '../cloudflare/api-schemas';
import { scanReportSchema } from '../cloudflare/result-schema';
import type { ReportRow, ScanRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import type { ProviderId } from '../providers/scan-provider';
import { blobToDataUrl } from './data-url';
import { type ReportLink, reportLinkOf } from './report-link';
import { type ReportSummary, summariseReport } from './report-summary';
import { parseScanUrlReport, type ScanUrlSummary, summariseScanUrlReport } from './scanurl-summary';
import { parseUrlscanResult, summariseUrlscanResult } from './urlscan-summary';

export interface ScreenshotView {
  resolution: ScreenshotResolution;
  /** A `data:` URL of the PNG. */
  src: string;
}

/**
 * A stored report, summarised by the view of the scanner that wrote it. Cloudflare's and urlscan.io's
 * reports are siblings and share one summary; ScanURL's layers have their own.
 */
export type ProviderReportView =
  | { provider: 'cloudflare'; summary: ReportSummary }
  | { provider: 'urlscan'; summary: ReportSummary }
  | { provider: 'scanurl'; summary: ScanUrlSummary };

/** A finished scan as extension pages show it: the history row, the report, and its screenshots. */
export interface ReportView {
  scan?: ScanRow;
  /** The scanner that wrote the stored report; absent when none is stored. */
  provider?: ProviderId;
  /** Absent when no report is stored or the stored one no longer fits its scanner's schema. */
  report?: ProviderReportView;
  /** The scanner's own page for this report, where it has one. */
  reportLink?: ReportLink;
  screenshots: ScreenshotView[];
}

/** What the store must offer: the report row comes with the scanner that wrote it. */
export type ReportViewStore = Pick<ScanStore, 'getScan' | 'getScreenshots'> & {
  getReportRow(scanId: string): Promise<ReportRow | undefined>;
};

const ORDER: readonly ScreenshotResolution[] = ['desktop', 'tablet', 'mobile'];

/** The stored report read by its scanner's schema and summarised; undefined when it no longer fits. */
export function reportViewOf(row: ReportRow): ProviderReportView | undefined {
  switch (row.provider) {
    case 'cloudflare': {
      const parsed = scanReportSchema.safeParse(row.report);
      return parsed.success ? { provider: 'cloudflare', summary: summariseReport(parsed.data) } : undefined;
    }
    case 'urlscan': {
      const result = parseUrlscanResult(row.report);
      return result && { provider: 'urlscan', summary: summariseUrlscanResult(result) };
    }
    case 'scanurl': {
      const report = parseScanUrlReport(row.report);
      return report && { provider: 'scanurl', summary: summariseScanUrlReport(report) };
    }
  }
}

export async function loadReportView(store: ReportViewStore, scanId: string): Promise<ReportView> {
  const [scan, row, rows] = await Promise.all([
    store.getScan(scanId),
    store.getReportRow(scanId),
    store.getScreenshots(scanId),
  ]);
  const report = row && reportViewOf(row);
  const reportLink = reportLinkOf(row?.provider, scanId, scan);
  // Every stored screenshot, whatever resolutions the settings ask for now.
  const wanted = rows.sort((a, b) => ORDER.indexOf(a.resolution) - ORDER.indexOf(b.resolution));
  const screenshots = await Promise.all(
    wanted.map(async (row) => ({ resolution: row.resolution, src: await blobToDataUrl(row.image) })),
  );
  return {
    ...(scan ? { scan } : {}),
    ...(row ? { provider: row.provider } : {}),
    ...(report ? { report } : {}),
    ...(reportLink ? { reportLink } : {}),
    screenshots,
  };
}
