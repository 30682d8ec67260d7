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
      <ScanUrlSection heading="ScanURL verdict">
        <dl>
          <Field term="Final verdict">{s.verdict}</Field>
          <Field term="Confidence">{s.confidence}</Field>
          <Field term="Risk score">{s.riskScore === undefined ? undefined : percent(s.riskScore)}</Field>
          {s.status?.toLowerCase() !== 'success' && (
            <Field term="Scan status">{s.status ?? 'Not given'}</Field>
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
