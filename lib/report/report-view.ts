import type { ScreenshotResolution } from '../cloudflare/api-schemas';
import { type ScanReport, scanReportSchema } from '../cloudflare/result-schema';
import type { ScanRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import { blobToDataUrl } from './data-url';

export interface ScreenshotView {
  resolution: ScreenshotResolution;
  /** A `data:` URL of the PNG. */
  src: string;
}

/** A finished scan as extension pages show it: the history row, the report, and its screenshots. */
export interface ReportView {
  scan?: ScanRow;
  /** Absent when no report is stored or the stored one no longer fits the schema. */
  report?: ScanReport;
  screenshots: ScreenshotView[];
}

const ORDER: readonly ScreenshotResolution[] = ['desktop', 'tablet', 'mobile'];

export async function loadReportView(
  store: Pick<ScanStore, 'getScan' | 'getReport' | 'getScreenshots'>,
  scanId: string,
): Promise<ReportView> {
  const [scan, stored, rows] = await Promise.all([
    store.getScan(scanId),
    store.getReport(scanId),
    store.getScreenshots(scanId),
  ]);
  const parsed = stored === undefined ? undefined : scanReportSchema.safeParse(stored);
  // Every stored screenshot, whatever resolutions the settings ask for now.
  const wanted = rows.sort((a, b) => ORDER.indexOf(a.resolution) - ORDER.indexOf(b.resolution));
  const screenshots = await Promise.all(
    wanted.map(async (row) => ({ resolution: row.resolution, src: await blobToDataUrl(row.image) })),
  );
  return {
    ...(scan ? { scan } : {}),
    ...(parsed?.success ? { report: parsed.data } : {}),
    screenshots,
  };
}
