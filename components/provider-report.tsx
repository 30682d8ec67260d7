import type { ProviderReportView } from '../lib/report/report-view';
import { ReportSummary } from './report-summary';
import { ScanUrlReport } from './scanurl-report';

/** A stored report in the view of the scanner that wrote it. */
export function ProviderReport({ report }: { report: ProviderReportView }) {
  switch (report.provider) {
    case 'cloudflare':
    case 'urlscan':
      return <ReportSummary summary={report.summary} />;
    case 'scanurl':
      return <ScanUrlReport summary={report.summary} />;
  }
}
