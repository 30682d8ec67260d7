import { useEffect, useRef } from 'preact/hooks';
import { useReportView } from '../../components/use-report-view';
import { VerdictSummary } from '../../components/verdict-summary';
import type { ScanRow } from '../../lib/db/rows';
import { t } from '../../lib/i18n/translate';
import { ReportSection } from './report-section';

interface ScanDetailsProps {
  scan: ScanRow;
  onBack: () => void;
}

/** One scan from the history: its verdict, report and screenshots, and the way back to the list. */
export function ScanDetails({ scan, onBack }: ScanDetailsProps) {
  const loaded = useReportView(scan.scanId);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what just opened, not on a button that is gone.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="scan-details" aria-labelledby="scan-details-heading">
      <button type="button" class="back" onClick={onBack}>
        {t('popup.backToHistory')}
      </button>
      <h2 id="scan-details-heading" ref={heading} tabIndex={-1}>
        {t('popup.savedScan')}
      </h2>
      <p class="url">{scan.url}</p>
      <VerdictSummary verdict={{ ...scan, checkedAt: scan.finishedAt }} />
      <ReportSection loaded={loaded} />
    </section>
  );
}
