import './verdict-summary.css';
import type { ApiErrorInfo } from '../lib/db/rows';
import { t } from '../lib/i18n/translate';
import { describeProblem } from '../lib/report/status-words';

interface ScanProblemProps {
  error: ApiErrorInfo;
  onOpenOptions: () => void;
}

/** Why a scan failed, in plain words, with what to do; the API's own words follow, as text. */
export function ScanProblem({ error, onOpenOptions }: ScanProblemProps) {
  const words = describeProblem(error);
  return (
    <section class="verdict verdict-error problem" aria-live="polite">
      <h2>{words.headline}</h2>
      <p>{words.advice}</p>
      <p class="hint">{t('problem.details', [error.message])}</p>
      {words.offerOptions && (
        <button type="button" onClick={onOpenOptions}>
          {t('common.openOptions')}
        </button>
      )}
    </section>
  );
}
