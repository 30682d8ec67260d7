import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { ScanApiError } from './errors';

// The one place that touches the network. A service worker's fetch is cut off by Chrome after 30 s
// without a response, so every request carries its own shorter deadline.
export const REQUEST_TIMEOUT_MS = 25_000;

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  /**
   * Follow up to this many 301/302/307/308 redirects, and only within the request's own origin (urlscan.io's
   * API guide: "Make sure to follow HTTP redirects (HTTP 301 and HTTP 302)"). Unset: a redirect is refused.
   */
  sameOriginRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 307, 308]);

export async function sendRequest(
  request: HttpRequest,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Response> {
  const hops = request.sameOriginRedirects;
  if (hops === undefined) return sendOnce(request, fetchImpl, timeoutMs, 'error');
  const origin = new URL(request.url);
  let current = request;
  for (let hop = 0; ; hop += 1) {
    // 'manual', never 'follow': fetch would carry the key header along a redirect to any origin.
    const response = await sendOnce(current, fetchImpl, timeoutMs, 'manual');
    // A browser hides a manual redirect's target (an opaque-redirect response, status 0, no Location), so
    // there it cannot be checked and is refused; Node's fetch shows the 3xx and its Location.
    if (response.type === 'opaqueredirect') throw redirectError(t('errors.redirectHidden', [origin.host]));
    if (!REDIRECTS.has(response.status)) return response;
    const location = response.headers.get('location');
    const next = resolved(location, current.url);
    if (!next || next.origin !== origin.origin) {
      throw redirectError(t('errors.redirectElsewhere', [origin.host, next?.host ?? String(location)]));
    }
    if (hop >= hops) throw redirectError(t('errors.tooManyRedirects', [origin.host, formatNumber(hops)]));
    // As fetch does: a 301/302 turns a POST into a body-less GET; a 307/308 repeats it as it was.
    const asGet = response.status <= 302 && current.method === 'POST';
    current = { ...current, url: next.href, ...(asGet ? { method: 'GET', body: undefined } : {}) };
  }
}

const redirectError = (message: string) => new ScanApiError('bad-request', message);

function resolved(location: string | null, base: string): URL | undefined {
  if (location === null) return undefined;
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

async function sendOnce(
  request: HttpRequest,
  fetchImpl: Fetch,
  timeoutMs: number,
  redirect: 'error' | 'manual',
): Promise<Response> {
  const headers = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetchImpl(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      // The credentials are custom headers, which fetch would carry along a redirect to another origin.
      redirect,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      const seconds = formatNumber(Math.round(timeoutMs / 1000));
      throw new ScanApiError('timeout', t('errors.timeout', [seconds]));
    }
    throw new ScanApiError('network', t('errors.network'));
  }
}
