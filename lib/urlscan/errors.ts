import {
  DEFAULT_RETRY_AFTER_MS,
  MIN_RETRY_AFTER_MS,
  parseRetryAfter,
  ScanApiError,
  withDetail,
} from '../cloudflare/errors';
import { t } from '../i18n/translate';
import { errorMessageFrom } from './schemas';

/**
 * How long a 429 asks us to wait. urlscan.io documents `X-Rate-Limit-Reset-After` (seconds until the
 * window of the exhausted action resets) and `X-Rate-Limit-Reset` (an ISO time); a plain `Retry-After`
 * is honoured too, in case a proxy in front answers.
 */
export function retryAfterFrom(headers: Headers, now: number): number {
  const resetAfter = Number(headers.get('x-rate-limit-reset-after') ?? Number.NaN);
  const resetAt = Date.parse(headers.get('x-rate-limit-reset') ?? '');
  const waited = Number.isFinite(resetAfter)
    ? Math.ceil(resetAfter * 1000)
    : (parseRetryAfter(headers.get('retry-after'), now) ??
      (Number.isNaN(resetAt) ? undefined : resetAt - now));
  return Math.max(MIN_RETRY_AFTER_MS, waited ?? DEFAULT_RETRY_AFTER_MS);
}

const SCANNER = 'urlscan.io';

// A malformed key is refused with 400 "Invalid API key format" (unverified wording), which is still a
// credentials problem rather than a bad request about the URL.
const KEY_PROBLEM = /api[- ]?key/i;

/** The ScanApiError for a non-2xx urlscan.io answer. */
export function urlscanError(status: number, headers: Headers, body: unknown, now: number): ScanApiError {
  const apiMessage = errorMessageFrom(body);
  const said = (message: string) => withDetail(message, apiMessage);
  const code = String(status);
  if (status === 404) {
    return new ScanApiError('not-ready', said(t('errors.notReady')), { status });
  }
  if (status === 401 || status === 403 || (status === 400 && KEY_PROBLEM.test(apiMessage ?? ''))) {
    return new ScanApiError('auth', said(t('errors.keyRejectedStatus', [SCANNER, code])), { status });
  }
  if (status === 429) {
    const action = headers.get('x-rate-limit-action');
    const window = headers.get('x-rate-limit-window');
    const limited = !action
      ? t('errors.rateLimited', [SCANNER])
      : window
        ? t('errors.rateLimitedWindow', [SCANNER, action, window])
        : t('errors.rateLimitedAction', [SCANNER, action]);
    return new ScanApiError('rate-limited', said(limited), {
      status,
      retryAfterMs: retryAfterFrom(headers, now),
    });
  }
  if (status >= 500) {
    return new ScanApiError('server', said(t('errors.server', [SCANNER, code])), { status });
  }
  // 400s name the reason: "DNS Error - Could not resolve domain", a blocked domain, a missing quota.
  return new ScanApiError('bad-request', apiMessage ?? t('errors.refused', [SCANNER, code]), {
    status,
  });
}
