import { ScanApiError } from '../cloudflare/errors';
import { type HttpRequest, sendRequest } from '../cloudflare/http';
import { t } from '../i18n/translate';
import { parseAnswer, readJson } from '../providers/answer-body';
import type { ApiKeyClientDeps } from '../providers/api-key-client';
import type { z } from '../z';
import { urlscanError } from './errors';

export type { ApiKeyAccess as UrlscanAccess } from '../providers/api-key-client';

export interface UrlscanRequests {
  call(method: HttpRequest['method'], path: string, body?: unknown): Promise<Response>;
  json<T extends z.ZodType>(
    schema: T,
    method: HttpRequest['method'],
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>>;
}

/** Authenticated calls to urlscan.io through the project's one network module, errors as ScanApiError. */
export function createUrlscanRequests(deps: ApiKeyClientDeps): UrlscanRequests {
  const now = deps.now ?? Date.now;

  async function call(method: HttpRequest['method'], path: string, body?: unknown): Promise<Response> {
    const { apiBaseUrl, apiKey } = await deps.access();
    // Without a key urlscan.io still answers some calls (for an IP-wide quota), which would hide the mistake.
    if (!apiKey.trim()) throw new ScanApiError('auth', t('errors.noKey', ['urlscan.io']));
    const response = await sendRequest(
      {
        method,
        url: `${apiBaseUrl.replace(/\/+$/, '')}${path}`,
        headers: { 'api-key': apiKey.trim() },
        // urlscan.io's API guide: "Make sure to follow HTTP redirects (HTTP 301 and HTTP 302)".
        sameOriginRedirects: 3,
        body,
      },
      deps.fetch,
      deps.timeoutMs,
    );
    if (!response.ok)
      throw urlscanError(response.status, response.headers, await readJson(response, 'urlscan.io'), now());
    return response;
  }

  return {
    call,
    async json(schema, method, path, body) {
      const response = await call(method, path, body);
      return parseAnswer(schema, await readJson(response, 'urlscan.io'), response, 'urlscan.io');
    },
  };
}
