import { useId } from 'preact/hooks';
import { ProviderReport } from '../../components/provider-report';
import { ScreenshotGallery } from '../../components/screenshot-gallery';
import type { LoadedReport } from '../../components/use-report-view';

/** A finished scan's report summary, its screenshots, and the way to the scanner's full report. */
interface ReportSectionProps {
  loaded: LoadedReport;
}

export function ReportSection({ loaded }: ReportSectionProps) {
  const headingId = useId();
  const { view, failure } = loaded;
  // ScanURL takes no screenshots: saying none was stored would suggest one was lost.
  const takesScreenshots = view?.provider !== 'scanurl' || view.screenshots.length > 0;
  return (
    <section class="report" aria-labelledby={headingId}>
      <h2 id={headingId}>Report</h2>
      {failure && <p role="alert">The report could not be loaded: {failure}</p>}
      {!view && !failure && <p class="hint">Loading the report…</p>}
      {view && !view.report && <p class="hint">The report of this scan is no longer stored.</p>}
      {view?.report && <ProviderReport report={view.report} />}
      {view && takesScreenshots && (
        <>
          <h3 class="small-heading">Screenshot</h3>
          <ScreenshotGallery screenshots={view.screenshots} />
        </>
      )}
      {view?.reportLink && (
        <p>
          <a href={view.reportLink.href} target="_blank" rel="noreferrer">
            {view.reportLink.label}
          </a>
        </p>
      )}
    </section>
  );
}
