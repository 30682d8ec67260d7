import { describeProgress } from '../lib/report/status-words';
import type { ScanStatus } from '../lib/scan/scan-status';

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
    <section class="progress" aria-label="Scan progress">
      <p aria-live="polite">{words.state}…</p>
      <p class="hint">
        Running for <span role="timer">{words.elapsed}</span>
      </p>
      {words.retry && (
        <p role="status" class="progress-wait">
          Cloudflare asked Scanlink to slow down (too many requests). It will try again at{' '}
          <time dateTime={new Date(words.retry.at).toISOString()}>
            {new Date(words.retry.at).toLocaleTimeString()}
          </time>{' '}
          (in {words.retry.in}).
        </p>
      )}
    </section>
  );
}
