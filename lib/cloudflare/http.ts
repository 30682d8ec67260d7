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
}

export async function sendRequest(
  request: HttpRequest,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  timeoutMs = REQUEST_TIMEOUT_MS,
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
      redirect: 'error',
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
