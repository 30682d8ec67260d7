import {
  DEFAULT_RETRY_AFTER_MS,
  MIN_RETRY_AFTER_MS,
  parseRetryAfter,
  ScanApiError,
  withDetail,
} from '../cloudflare/errors';
import { t } from '../i18n/translate';
import { errorMessageFrom } from './schemas';

// ScanURL documents errors as `{success: false, message}` with 400, 401 and 500. Rate limiting is not
// documented (status unverified): a 429 is read the usual way, with `Retry-After` when there is one.

// docs.scanurl.ai (rate limits page) shows `{success: false, message: "Rate limit exceeded"}` and names no
// status (unverified: 200, 400, 403 or 429 are all possible). So a rate limit or spent credits is read from
// the body, whatever the status, and checked before anything else: it must back off, not fail the scan.
const CREDITS_SPENT = /credit|quota|insufficient|balance/i;
const RATE_LIMIT = /rate[- _]?limit|too many requests|\blimit/i;
/** Spent credits come back with a new day or plan, not in seconds: wait an hour before trying again. */
export const CREDITS_SPENT_RETRY_MS = 60 * 60_000;

// A key problem is a credentials problem whatever the status says: retrying with the same key cannot help.
const KEY_PROBLEM = /api[- _]?key|unauthori[sz]ed|forbidden/i;
// A `success: false` inside a 200 names no status; these words mean the fault was ScanURL's, not the URL's.
const SCANNER = 'ScanURL';
const SERVER_PROBLEM = /internal|server|unavailable|timed? ?out|try again|overload|something went wrong/i;

/** A rate-limited ScanApiError when the body's message says so (or the status is 429), else undefined. */
function rateLimitFrom(
  status: number,
  headers: Headers,
  apiMessage: string | undefined,
  now: number,
): ScanApiError | undefined {
  const said = (message: string) => withDetail(message, apiMessage);
  if (apiMessage && CREDITS_SPENT.test(apiMessage)) {
    return new ScanApiError('rate-limited', said(t('errors.creditsSpent', [SCANNER])), {
      status,
      retryAfterMs: CREDITS_SPENT_RETRY_MS,
    });
  }
  if (status !== 429 && !(apiMessage && RATE_LIMIT.test(apiMessage))) return undefined;
  const retryAfterMs = Math.max(
    MIN_RETRY_AFTER_MS,
    parseRetryAfter(headers.get('retry-after'), now) ?? DEFAULT_RETRY_AFTER_MS,
  );
  return new ScanApiError('rate-limited', said(t('errors.rateLimited', [SCANNER])), { status, retryAfterMs });
}

/** The ScanApiError for a non-2xx ScanURL answer. */
export function scanUrlError(status: number, headers: Headers, body: unknown, now: number): ScanApiError {
  const apiMessage = errorMessageFrom(body);
  const limited = rateLimitFrom(status, headers, apiMessage, now);
  if (limited) return limited;
  const said = (message: string) => withDetail(message, apiMessage);
  const code = String(status);
  if (status === 401 || status === 403 || (status === 400 && KEY_PROBLEM.test(apiMessage ?? ''))) {
    return new ScanApiError('auth', said(t('errors.keyRejectedStatus', [SCANNER, code])), { status });
  }
  if (status >= 500) {
    return new ScanApiError('server', said(t('errors.server', [SCANNER, code])), { status });
  }
  // A 404 is not "still running" here (ScanURL has nothing to poll): the base URL is wrong.
  if (status === 404) {
    return new ScanApiError('bad-request', t('errors.noSuchAddress'), { status });
  }
  return new ScanApiError('bad-request', apiMessage ?? t('errors.refused', [SCANNER, code]), { status });
}

/** The ScanApiError for a 200 whose body says `success: false`. */
export function scanUrlFailure(
  message: string | undefined,
  status: number,
  headers: Headers = new Headers(),
  now: number = Date.now(),
): ScanApiError {
  const limited = rateLimitFrom(status, headers, message, now);
  if (limited) return limited;
  if (message && KEY_PROBLEM.test(message)) {
    return new ScanApiError('auth', withDetail(t('errors.keyRejected', [SCANNER]), message), { status });
  }
  if (!message) return new ScanApiError('server', t('errors.couldNotScanNoReason'), { status });
  if (SERVER_PROBLEM.test(message)) {
    return new ScanApiError('server', t('errors.couldNotScan', [message]), { status });
  }
  return new ScanApiError('bad-request', message, { status });
}
