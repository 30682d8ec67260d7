import { uiLocale } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';
import { describeProgress } from '../lib/report/status-words';
import type { ScanStatus } from '../lib/scan/scan-status';
import { slot, withElements } from './sentence-slots';

interface ScanProgressProps {
  status: ScanStatus;
  /** When the person asked, for a scan whose job is not known (yet). */
  startedAt: number;
  /** The current time; the caller ticks it so the elapsed time counts up. */
  now: number;
}

/** A running scan: what it is doing, for how long, and when it will retry if Cloudflare asked it to wait. */
export function ScanProgress({ status, startedAt, now }: ScanProgressProps) {
  const words = describeProgress(status, startedAt, now);
  return (
    <section class="progress" aria-label={t('progress.region')}>
      <p aria-live="polite">{t('progress.working', [words.state])}</p>
      <p class="hint">
        {withElements(t('progress.runningFor', [slot(0)]), [<span role="timer">{words.elapsed}</span>])}
      </p>
      {words.retry && (
        <p role="status" class="progress-wait">
          {t('progress.slowDown')}{' '}
          {withElements(t('progress.retryAt', [slot(0), words.retry.in]), [
            // With seconds: the wait is counted in seconds too.
            <time dateTime={new Date(words.retry.at).toISOString()}>
              {new Date(words.retry.at).toLocaleTimeString(uiLocale())}
            </time>,
          ])}
        </p>
      )}
    </section>
  );
}
