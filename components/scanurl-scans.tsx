import { t } from '../lib/i18n/translate';
import { domainAge, isNewDomain, percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

const pct = (value: number | undefined) => (value === undefined ? undefined : percent(value));

/** The URL-level layer: what ScanURL judged from the address and its domain alone. */
export function ScanUrlQuickScan({ quick: q }: { quick: NonNullable<ScanUrlSummary['quick']> }) {
  const age = q.domainAgeDays;
  return (
    <ScanUrlSection heading={t('report.scanurl.quickScan')}>
      <dl>
        <Field term={t('report.scanurl.phishingProbability')}>{pct(q.phishingProbability)}</Field>
        <Field term={t('report.scanurl.riskLevel')}>{q.riskLevel}</Field>
        <Field term={t('report.scanurl.domainAge')}>
          {age === undefined ? undefined : (
            <span class={isNewDomain(age) ? 'report-flag' : undefined}>{domainAge(age)}</span>
          )}
        </Field>
        <Field term={t('report.scanurl.reachable')}>{yesNo(q.reachable)}</Field>
        <Field term={t('report.scanurl.stage')}>{q.stage}</Field>
      </dl>
    </ScanUrlSection>
  );
}

/** The page-level layer: what ScanURL saw once the page loaded in its browser. */
export function ScanUrlDeepScan({ deep: d }: { deep: NonNullable<ScanUrlSummary['deep']> }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.deepScan')}>
      <dl>
        <Field term={t('report.scanurl.verdictTerm')}>{d.verdict}</Field>
        <Field term={t('report.scanurl.confidence')}>{d.confidence}</Field>
        <Field term={t('report.scanurl.pageRisk')}>{pct(d.pageRisk)}</Field>
        <Field term={t('report.scanurl.mlScore')}>{pct(d.mlScore)}</Field>
        <Field term={t('report.scanurl.urlRisk')}>{pct(d.urlRisk)}</Field>
        <Field term={t('report.scanurl.finalScore')}>{pct(d.finalScore)}</Field>
      </dl>
    </ScanUrlSection>
  );
}
