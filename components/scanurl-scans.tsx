import { domainAge, isNewDomain, percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

const pct = (value: number | undefined) => (value === undefined ? undefined : percent(value));

/** The URL-level layer: what ScanURL judged from the address and its domain alone. */
export function ScanUrlQuickScan({ quick: q }: { quick: NonNullable<ScanUrlSummary['quick']> }) {
  const age = q.domainAgeDays;
  return (
    <ScanUrlSection heading="Quick scan">
      <dl>
        <Field term="Phishing probability">{pct(q.phishingProbability)}</Field>
        <Field term="Risk level">{q.riskLevel}</Field>
        <Field term="Domain age">
          {age === undefined ? undefined : (
            <span class={isNewDomain(age) ? 'report-flag' : undefined}>{domainAge(age)}</span>
          )}
        </Field>
        <Field term="Reachable">{yesNo(q.reachable)}</Field>
        <Field term="Stage">{q.stage}</Field>
      </dl>
    </ScanUrlSection>
  );
}

/** The page-level layer: what ScanURL saw once the page loaded in its browser. */
export function ScanUrlDeepScan({ deep: d }: { deep: NonNullable<ScanUrlSummary['deep']> }) {
  return (
    <ScanUrlSection heading="Deep scan">
      <dl>
        <Field term="Verdict">{d.verdict}</Field>
        <Field term="Confidence">{d.confidence}</Field>
        <Field term="Page risk">{pct(d.pageRisk)}</Field>
        <Field term="ML score">{pct(d.mlScore)}</Field>
        <Field term="URL risk">{pct(d.urlRisk)}</Field>
        <Field term="Final score">{pct(d.finalScore)}</Field>
      </dl>
    </ScanUrlSection>
  );
}
