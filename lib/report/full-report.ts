import { type ReportSections, sectionsOf } from './full-report-sections';
import { REPORT_FILES, type ReportFileKind } from './report-files';
import { loadReportView, type ReportView, type ReportViewStore } from './report-view';

/** A finished scan as the full report page shows it: the popup's view, every section, and its files. */
export interface FullReportView extends ReportView {
  /**
   * Every section as table rows, for Cloudflare's and urlscan.io's reports. Absent for ScanURL, whose
   * answer is its analysis layers (the summary shows them all), and when no report is stored.
   */
  sections?: ReportSections;
  /** The files the scanner offers beside the report (none when the scanner is unknown). */
  files: readonly ReportFileKind[];
}

export async function loadFullReport(store: ReportViewStore, scanId: string): Promise<FullReportView> {
  // Read once: a report of a thousand requests is worth not reading twice.
  const row = await store.getReportRow(scanId);
  const view = await loadReportView({ ...store, getReportRow: async () => row }, scanId);
  const sections = row && row.provider !== 'scanurl' ? sectionsOf(row.report) : undefined;
  return { ...view, ...(sections ? { sections } : {}), files: row ? REPORT_FILES[row.provider] : [] };
}
