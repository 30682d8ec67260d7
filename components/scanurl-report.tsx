import { t } from '../lib/i18n/translate';
import './report.css';
import { percent } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlRedirects } from './scanurl-redirects';
import { ScanUrlReputation } from './scanurl-reputation';
import { ScanUrlDeepScan, ScanUrlQuickScan } from './scanurl-scans';
import { ScanUrlSection } from './scanurl-section';
import { ScanUrlVision } from './scanurl-vision';

/**
 * ScanURL's answer as it sent it (seed 003): its final verdict, the redirect chain, and each analysis
 * layer. Every string comes from ScanURL or the scanned site: rendered as text by Preact, never markup.
 */
export function ScanUrlReport({ summary: s }: { summary: ScanUrlSummary }) {
  return (
    <div class="report-summary scanurl-report">
      <ScanUrlSection heading={t('report.scanurl.verdict')}>
        <dl>
          <Field term={t('report.scanurl.finalVerdict')}>{s.verdict}</Field>
          <Field term={t('report.scanurl.confidence')}>{s.confidence}</Field>
          <Field term={t('report.scanurl.riskScore')}>
            {s.riskScore === undefined ? undefined : percent(s.riskScore)}
          </Field>
          {s.status?.toLowerCase() !== 'success' && (
            <Field term={t('report.scanurl.scanStatus')}>{s.status ?? t('report.scanurl.notGiven')}</Field>
          )}
        </dl>
      </ScanUrlSection>
      {s.redirect && <ScanUrlRedirects redirect={s.redirect} />}
      {s.quick && <ScanUrlQuickScan quick={s.quick} />}
      {s.deep && <ScanUrlDeepScan deep={s.deep} />}
      {s.vision && <ScanUrlVision vision={s.vision} />}
      {s.reputation && <ScanUrlReputation reputation={s.reputation} />}
    </div>
  );
}
