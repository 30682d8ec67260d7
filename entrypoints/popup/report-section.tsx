import { useId } from 'preact/hooks';
import { ReportSummary } from '../../components/report-summary';
import { ScreenshotGallery } from '../../components/screenshot-gallery';
import type { LoadedReport } from '../../components/use-report-view';
import { radarReportUrl } from '../../lib/report/radar-link';

/** A finished scan's report summary, its screenshots, and the way to the full report on Radar. */
export function ReportSection({ scanId, loaded }: { scanId: string; loaded: LoadedReport }) {
  const headingId = useId();
  const { view, failure } = loaded;
  return (
    <section class="report" aria-labelledby={headingId}>
      <h2 id={headingId}>Report</h2>
      {failure && <p role="alert">The report could not be loaded: {failure}</p>}
      {!view && !failure && <p class="hint">Loading the report…</p>}
      {view && !view.report && <p class="hint">The report of this scan is no longer stored.</p>}
      {view?.report && <ReportSummary report={view.report} />}
      {view && (
        <>
          <h3 class="small-heading">Screenshot</h3>
          <ScreenshotGallery screenshots={view.screenshots} />
        </>
      )}
      <p>
        <a href={radarReportUrl(scanId)} target="_blank" rel="noreferrer">
          View the full report on Cloudflare Radar
        </a>
      </p>
    </section>
  );
}
