import type { Pacing } from '../lib/db/rows';
import { t } from '../lib/i18n/translate';

type Refusal = NonNullable<Pacing['visibilityRefused']>;
type Mismatch = NonNullable<Pacing['visibilityMismatch']>;

interface VisibilityChoiceProps {
  refused: Refusal;
  onChoose: (choice: 'public' | 'keep-private') => void;
  busy?: boolean;
}

/**
 * The account refused the visibility asked for: every scan waits for the person's choice. Making scans
 * Public is said for what it is before it is offered; nothing is ever retried as Public without it.
 */
export function VisibilityChoice({ refused, onChoose, busy = false }: VisibilityChoiceProps) {
  if (refused.kept) {
    return (
      <section class="verdict verdict-error problem" aria-live="polite">
        <h2>{t('popup.visibilityRefused.heading')}</h2>
        <p>{t('popup.visibilityRefused.kept', [refused.asked])}</p>
      </section>
    );
  }
  return (
    <section class="verdict verdict-error problem" role="alert" aria-labelledby="visibility-refused">
      <h2 id="visibility-refused">{t('popup.visibilityRefused.heading')}</h2>
      <p>{t('popup.visibilityRefused.explained', [refused.asked])}</p>
      <p>{t('popup.visibilityRefused.publicMeans')}</p>
      <p class="hint">{t('problem.details', [refused.message])}</p>
      <div class="choices">
        <button type="button" disabled={busy} onClick={() => onChoose('public')}>
          {t('popup.visibilityRefused.makePublic')}
        </button>
        <button type="button" disabled={busy} onClick={() => onChoose('keep-private')}>
          {t('popup.visibilityRefused.keepPrivate', [refused.asked])}
        </button>
      </div>
    </section>
  );
}

interface VisibilityMismatchNoticeProps {
  mismatch: Mismatch;
  onResume: () => void;
}

/** A scan came back more public than asked: say so, and let the person resume automatic scans. */
export function VisibilityMismatchNotice({ mismatch, onResume }: VisibilityMismatchNoticeProps) {
  return (
    <section class="verdict verdict-error problem" role="alert" aria-labelledby="visibility-mismatch">
      <h2 id="visibility-mismatch">{t('popup.visibilityMismatch.heading')}</h2>
      <p>{t('popup.visibilityMismatch.explained', [mismatch.url, mismatch.answered, mismatch.asked])}</p>
      <button type="button" onClick={onResume}>
        {t('popup.visibilityMismatch.resume')}
      </button>
    </section>
  );
}
