import { errorMessageFrom } from './api-schemas';

/**
 * What went wrong with an API call, in terms a caller can act on:
 * - not-ready: 404 while the scan runs (the API says the same for unknown ids)
 * - auth: 401/403, credentials rejected — stop and tell the user, retrying cannot help
 * - rate-limited: 429, wait `retryAfterMs` before the next request
 * - recently-scanned: 409, find the existing scan instead of submitting
 * - bad-request: 400 and other 4xx, with the API's message (e.g. a visibility the plan lacks)
 * - server: 5xx, worth a bounded retry
 * - network / timeout: nothing came back
 * - invalid-response: a 2xx whose body is not what the API documents
 */
export type ApiErrorKind =
  | 'not-ready'
  | 'auth'
  | 'rate-limited'
  | 'recently-scanned'
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
    readonly details: { status?: number; retryAfterMs?: number } = {},
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

export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  now: number,
): ScanApiError {
  const apiMessage = errorMessageFrom(body);
  const said = apiMessage ? `: ${apiMessage}` : '';
  if (status === 404)
    return new ScanApiError('not-ready', `Scan not found or still in progress${said}`, { status });
  if (status === 401 || status === 403) {
    return new ScanApiError('auth', `The API rejected the credentials (HTTP ${status})${said}`, { status });
  }
  if (status === 429) {
    const retryAfterMs = Math.max(
      MIN_RETRY_AFTER_MS,
      parseRetryAfter(headers.get('retry-after'), now) ?? DEFAULT_RETRY_AFTER_MS,
    );
    return new ScanApiError('rate-limited', `Rate limited by the API${said}`, { status, retryAfterMs });
  }
  if (status === 409)
    return new ScanApiError('recently-scanned', `This URL was scanned recently${said}`, { status });
  if (status >= 500)
    return new ScanApiError('server', `The API had a server error (HTTP ${status})${said}`, { status });
  return new ScanApiError('bad-request', apiMessage ?? `The API refused the request (HTTP ${status})`, {
    status,
  });
}
