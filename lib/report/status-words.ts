import type { ApiErrorKind } from '../cloudflare/errors';
import type { ApiErrorInfo, JobState } from '../db/rows';
import type { ScanStatus } from '../scan/scan-status';

const STATE_WORDS: Record<JobState, string> = {
  new: 'Looking for a recent scan of this address',
  waiting: 'Waiting for its turn to be sent to Cloudflare',
  submitting: 'Sending the address to Cloudflare',
  polling: 'Cloudflare is scanning the page',
};

/** "0 s", "42 s", "2 min 5 s", "1 h 3 min": short enough to tick every second. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export interface ProgressWords {
  state: string;
  elapsed: string;
  /** The API asked us to wait (429): when the next request may go out, and how long that is from now. */
  retry?: { at: number; in: string };
}

/** A running scan in words: what it is doing, for how long, and what holds it up. */
export function describeProgress(status: ScanStatus, startedAt: number, now: number): ProgressWords {
  const state = status.job ? STATE_WORDS[status.job.state] : 'Scanning';
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

const PROBLEMS: Partial<Record<ApiErrorKind, ProblemWords>> = {
  auth: {
    headline: 'Cloudflare rejected your API token',
    advice: 'Check the account ID and API token in the options. Scanlink sends nothing until they change.',
    offerOptions: true,
  },
  'rate-limited': {
    headline: 'Cloudflare asked Scanlink to slow down',
    advice: 'Scanlink waits as long as Cloudflare asks, then tries again by itself.',
    offerOptions: false,
  },
  'recently-scanned': {
    headline: 'Cloudflare scanned this address moments ago',
    advice: 'That scan is not visible to your account yet. Try again in a few minutes.',
    offerOptions: false,
  },
  'bad-request': {
    headline: 'Cloudflare refused the scan',
    advice:
      'Its reason is below. Free accounts cannot make Unlisted scans: if that is the reason, choose another visibility in the options.',
    offerOptions: true,
  },
  server: {
    headline: 'Cloudflare had a problem on its side',
    advice: 'Scanlink tried several times. Scan again later.',
    offerOptions: false,
  },
  network: {
    headline: 'Cloudflare could not be reached',
    advice: 'Check your internet connection, then scan again.',
    offerOptions: false,
  },
  timeout: {
    headline: 'The scan took too long',
    advice: 'Cloudflare did not finish in time. Scan again later.',
    offerOptions: false,
  },
  'invalid-response': {
    headline: 'Cloudflare’s answer could not be read',
    advice: 'Scan again; if this keeps happening, the API may have changed.',
    offerOptions: false,
  },
};

const UNKNOWN_PROBLEM: ProblemWords = {
  headline: 'The scan failed',
  advice: 'Scan again later.',
  offerOptions: false,
};

/** A failed scan in plain words, with what the person can do about it. */
export function describeProblem(error: Pick<ApiErrorInfo, 'kind'>): ProblemWords {
  // The kind comes from storage: look it up as an own key only, never as an inherited one.
  return Object.hasOwn(PROBLEMS, error.kind)
    ? (PROBLEMS[error.kind as ApiErrorKind] ?? UNKNOWN_PROBLEM)
    : UNKNOWN_PROBLEM;
}
