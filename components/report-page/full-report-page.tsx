import './report-page.css';
import { t } from '../../lib/i18n/translate';
import type { FullReportView } from '../../lib/report/full-report';
import { ProviderReport } from '../provider-report';
import { ScreenshotGallery } from '../screenshot-gallery';
import { VerdictSummary } from '../verdict-summary';
import { ReportDownloads } from './report-downloads';
import { ReportSections } from './report-sections';
import { SECTION_IDS, sectionTitle } from './section-names';
import { useFullReport } from './use-full-report';

/** The page's table of contents: in-page links to the sections it has. */
function Contents({ withSections }: { withSections: boolean }) {
  const entries = [
    ['summary', t('reportPage.summary')],
    ['screenshots', t('reportPage.screenshots')],
    ...(withSections ? SECTION_IDS.map((id) => [id, sectionTitle(id)] as const) : []),
  ] as const;
  return (
    <nav aria-label={t('reportPage.contents')}>
      <ul class="report-contents">
        {entries.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FullReport({ scanId, view }: { scanId: string; view: FullReportView }) {
  const { scan, report, provider, sections, reportLink } = view;
  if (!scan && !report) {
    return <p role="alert">{t('reportPage.noRecord')}</p>;
  }
  return (
    <>
      {scan && <p class="url">{scan.url}</p>}
      {scan && <VerdictSummary verdict={{ ...scan, checkedAt: scan.finishedAt }} />}
      <Contents withSections={!!sections} />
      <ReportDownloads scanId={scanId} provider={provider} files={view.files} />
      <section id="summary" class="report-block" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('reportPage.summary')}</h2>
        {report ? <ProviderReport report={report} /> : <p class="hint">{t('reportPage.notStored')}</p>}
        {reportLink && (
          <p>
            <a href={reportLink.href} target="_blank" rel="noreferrer noopener">
              {reportLink.label}
            </a>
          </p>
        )}
      </section>
      <section id="screenshots" class="report-block" aria-labelledby="screenshots-heading">
        <h2 id="screenshots-heading">{t('reportPage.screenshots')}</h2>
        {provider === 'scanurl' && view.screenshots.length === 0 ? (
          <p class="hint">{t('reportPage.scanurlNoScreenshots')}</p>
        ) : (
          <ScreenshotGallery screenshots={view.screenshots} />
        )}
      </section>
      {sections && <ReportSections sections={sections} />}
      {provider === 'scanurl' && <p class="hint">{t('reportPage.scanurlNoSections')}</p>}
    </>
  );
}

/** The full report of one scan: verdict, summary, screenshots, every section, and its files. */
export function FullReportPage({ scanId }: { scanId: string | undefined }) {
  const { view, failure } = useFullReport(scanId);
  return (
    <main class="full-report">
      <h1>{t('reportPage.title')}</h1>
      {!scanId && <p role="alert">{t('reportPage.noScanId')}</p>}
      {failure && <p role="alert">{t('reportPage.loadFailed', [failure])}</p>}
      {scanId && !view && !failure && <p class="hint">{t('reportPage.loading')}</p>}
      {scanId && view && <FullReport scanId={scanId} view={view} />}
    </main>
  );
}
