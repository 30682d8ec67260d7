import { t } from '../i18n/translate';
import { envelopeCodesFrom, errorMessageFrom } from './api-schemas';

/**
 * What went wrong with an API call, in terms a caller can act on:
 * - not-ready: 404 in the scanner's own body while the scan runs (the API says the same for unknown ids)
 * - auth: 401/403, credentials rejected or unreadable (400 codes 6003/6111/9106), or a 404 in the
 *   classic envelope (the gateway cannot route the path: wrong account ID or base URL) — stop and tell
 *   the user, retrying cannot help
 * - rate-limited: 429, wait `retryAfterMs` before the next request
 * - recently-scanned: 409, find the existing scan instead of submitting
 * - visibility-refused: a submission refused because the account cannot make scans of the visibility
 *   asked for (a Free Cloudflare account has no Unlisted scans): one refusal stands for the whole account
 * - bad-request: 400 and other 4xx, with the API's message
 * - server: 5xx, worth a bounded retry
 * - network / timeout: nothing came back
 * - invalid-response: a 2xx whose body is not what the API documents
 */
export type ApiErrorKind =
  | 'not-ready'
  | 'auth'
  | 'rate-limited'
  | 'recently-scanned'
  | 'visibility-refused'
  | 'bad-request'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response';

export class ScanApiError extends Error {
  override readonly name = 'ScanApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; visibility?: string } = {},
  ) {
    super(message);
  }
}

export const DEFAULT_RETRY_AFTER_MS = 30_000;
/** `Retry-After: 0` (or a date in the past) must not turn into a burst of retries. */
export const MIN_RETRY_AFTER_MS = 1_000;

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `message` with what the scanner said about it, when it said anything. */
export function withDetail(message: string, said: string | undefined): string {
  return said ? t('errors.detail', [message, said]) : message;
}

// Classic-envelope codes for credentials the gateway could not read: 6003 "Invalid request headers" with
// 6111 "Invalid format for Authorization header" in its chain, and 9106 "Missing X-Auth-Key, X-Auth-Email
// or Authorization headers". Unverified: reported by public projects, not Cloudflare's docs (API notes).
const UNREADABLE_CREDENTIALS = new Set([6003, 6111, 9106]);
/** A Free plan's refusal of an Unlisted scan names it somehow; its exact wording is unverified. */
const VISIBILITY_WORDS = /unlisted|visibility|plan/i;

export interface AskedFor {
  /** The visibility a submission asked for, to recognise a plan refusing it. */
  visibility?: string;
}

export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  now: number,
  asked: AskedFor = {},
): ScanApiError {
  const apiMessage = errorMessageFrom(body);
  const codes = envelopeCodesFrom(body);
  const said = (message: string) => withDetail(message, apiMessage);
  if (status === 404) {
    // The scanner's own 404 means "not yet"; the gateway's envelope means the path leads nowhere.
    if (codes === undefined) return new ScanApiError('not-ready', said(t('errors.notReady')), { status });
    return new ScanApiError('auth', said(t('errors.wrongAccountOrBase', [String(status)])), { status });
  }
  if (status === 400 && codes?.some((code) => UNREADABLE_CREDENTIALS.has(code)))
    return new ScanApiError('auth', said(t('errors.credentialsMalformed', [String(status)])), { status });
  if (status === 401 || status === 403) {
    const message = said(t('errors.credentialsRejected', [String(status)]));
    return new ScanApiError('auth', message, { status });
  }
  if (status === 429) {
    const retryAfterMs = Math.max(
      MIN_RETRY_AFTER_MS,
      parseRetryAfter(headers.get('retry-after'), now) ?? DEFAULT_RETRY_AFTER_MS,
    );
    return new ScanApiError('rate-limited', said(t('errors.apiRateLimited')), { status, retryAfterMs });
  }
  if (status === 409)
    return new ScanApiError('recently-scanned', said(t('errors.recentlyScanned')), { status });
  const scanner = t('errors.theApi');
  if (asked.visibility === 'Unlisted' && status < 500 && apiMessage && VISIBILITY_WORDS.test(apiMessage)) {
    const message = said(t('errors.visibilityRefused', [asked.visibility]));
    return new ScanApiError('visibility-refused', message, { status, visibility: asked.visibility });
  }
  if (status >= 500)
    return new ScanApiError('server', said(t('errors.server', [scanner, String(status)])), { status });
  const refused = apiMessage ?? t('errors.refused', [scanner, String(status)]);
  return new ScanApiError('bad-request', refused, { status });
}
