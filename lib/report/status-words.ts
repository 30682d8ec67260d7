import type { ApiErrorKind } from '../cloudflare/errors';
import type { ApiErrorInfo, JobState } from '../db/rows';
import { t } from '../i18n/translate';
import type { ScanStatus } from '../scan/scan-status';

// Looked up when asked for, never at load: the strings come from the browser (see lib/i18n/translate.ts).

const STATE_WORDS: Record<JobState, () => string> = {
  new: () => t('progress.new'),
  waiting: () => t('progress.waiting'),
  submitting: () => t('progress.submitting'),
  polling: () => t('progress.polling'),
};

/** "0 s", "42 s", "2 min 5 s", "1 h 3 min": short enough to tick every second. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return t('progress.seconds', [seconds]);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return seconds % 60
      ? t('progress.minutesSeconds', [minutes, seconds % 60])
      : t('progress.minutes', [minutes]);
  }
  return t('progress.hoursMinutes', [Math.floor(minutes / 60), minutes % 60]);
}

export interface ProgressWords {
  state: string;
  elapsed: string;
  /** The API asked us to wait (429): when the next request may go out, and how long that is from now. */
  retry?: { at: number; in: string };
}

/** A running scan in words: what it is doing, for how long, and what holds it up. */
export function describeProgress(status: ScanStatus, startedAt: number, now: number): ProgressWords {
  const state = status.job ? STATE_WORDS[status.job.state]() : t('progress.scanning');
  const blockedUntil = status.blockedUntil;
  return {
    state,
    elapsed: formatDuration(now - (status.job?.createdAt ?? startedAt)),
    ...(blockedUntil !== undefined && blockedUntil > now
      ? { retry: { at: blockedUntil, in: formatDuration(Math.ceil((blockedUntil - now) / 1000) * 1000) } }
      : {}),
  };
}

export interface ProblemWords {
  headline: string;
  advice: string;
  /** The fix lives in the options (credentials, visibility): offer to open them. */
  offerOptions: boolean;
}

const PROBLEMS: Partial<Record<ApiErrorKind, () => ProblemWords>> = {
  auth: () => ({
    headline: t('problem.auth.headline'),
    advice: t('problem.auth.advice'),
    offerOptions: true,
  }),
  'rate-limited': () => ({
    headline: t('problem.rateLimited.headline'),
    advice: t('problem.rateLimited.advice'),
    offerOptions: false,
  }),
  'recently-scanned': () => ({
    headline: t('problem.recentlyScanned.headline'),
    advice: t('problem.recentlyScanned.advice'),
    offerOptions: false,
  }),
  'bad-request': () => ({
    headline: t('problem.badRequest.headline'),
    advice: t('problem.badRequest.advice'),
    offerOptions: true,
  }),
  server: () => ({
    headline: t('problem.server.headline'),
    advice: t('problem.server.advice'),
    offerOptions: false,
  }),
  network: () => ({
    headline: t('problem.network.headline'),
    advice: t('problem.network.advice'),
    offerOptions: false,
  }),
  timeout: () => ({
    headline: t('problem.timeout.headline'),
    advice: t('problem.timeout.advice'),
    offerOptions: false,
  }),
  'invalid-response': () => ({
    headline: t('problem.invalidResponse.headline'),
    advice: t('problem.invalidResponse.advice'),
    offerOptions: false,
  }),
};

const unknownProblem = (): ProblemWords => ({
  headline: t('problem.unknown.headline'),
  advice: t('problem.unknown.advice'),
  offerOptions: false,
});

/** A failed scan in plain words, with what the person can do about it. */
export function describeProblem(error: Pick<ApiErrorInfo, 'kind'>): ProblemWords {
  // The kind comes from storage: look it up as an own key only, never as an inherited one.
  const words = Object.hasOwn(PROBLEMS, error.kind) ? PROBLEMS[error.kind as ApiErrorKind] : undefined;
  return words ? words() : unknownProblem();
}
