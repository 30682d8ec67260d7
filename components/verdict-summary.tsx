import './verdict-summary.css';
import type { VerdictRow } from '../lib/db/rows';
import { formatDateTime } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';

const HEADLINE: Record<VerdictRow['kind'], () => string> = {
  malicious: () => t('verdict.malicious'),
  suspicious: () => t('verdict.suspicious'),
  safe: () => t('verdict.safe'),
  unknown: () => t('verdict.unknown'),
  pending: () => t('verdict.pending'),
  error: () => t('verdict.error'),
};

/** What a verdict summary needs: a verdict row, or a history row with its finish time as `checkedAt`. */
export type VerdictFields = Pick<VerdictRow, 'url' | 'kind' | 'reasons' | 'finalUrl' | 'checkedAt'>;

/** A verdict in words. Every string here may come from a scan report: rendered as text only. */
export function VerdictSummary({ verdict }: { verdict: VerdictFields }) {
  const pending = verdict.kind === 'pending';
  return (
    <section class={`verdict verdict-${verdict.kind}`} aria-live="polite">
      <h2>{HEADLINE[verdict.kind]()}</h2>
      {/* A pending verdict's only reason is "Scanning…", which the headline already says. */}
      {!pending && verdict.reasons.length > 0 && (
        <ul>
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.finalUrl && verdict.finalUrl !== verdict.url && (
        <p>{t('verdict.landsOn', [verdict.finalUrl])}</p>
      )}
      {!pending && <p class="hint">{t('verdict.checkedAt', [formatDateTime(verdict.checkedAt)])}</p>}
    </section>
  );
}
