import { useId } from 'preact/hooks';
import { ProviderReport } from '../../components/provider-report';
import { ScreenshotGallery } from '../../components/screenshot-gallery';
import type { LoadedReport } from '../../components/use-report-view';
import { t } from '../../lib/i18n/translate';
import { reportPagePath } from '../../lib/report/report-page-address';

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
      <h2 id={headingId}>{t('report.heading')}</h2>
      {failure && <p role="alert">{t('report.loadFailed', [failure])}</p>}
      {!view && !failure && <p class="hint">{t('report.loading')}</p>}
      {view && !view.report && <p class="hint">{t('report.notStored')}</p>}
      {view?.report && <ProviderReport report={view.report} />}
      {view && takesScreenshots && (
        <>
          <h3 class="small-heading">{t('gallery.heading')}</h3>
          <ScreenshotGallery screenshots={view.screenshots} />
        </>
      )}
      {view?.scan && (
        <p>
          <a href={reportPagePath(view.scan.scanId)} target="_blank" rel="noopener">
            {t('popup.openFullReport')}
          </a>
        </p>
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
