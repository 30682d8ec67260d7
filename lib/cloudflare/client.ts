import { t } from '../i18n/translate';
import { parseAnswer, readImage, readJson, readText } from '../providers/answer-body';
import type { Credentials } from '../settings/credentials';
import type { z } from '../z';
import {
  type Har,
  harSchema,
  type ScreenshotResolution,
  type SearchHit,
  type SubmitResponse,
  searchResponseSchema,
  submitResponseSchema,
  type Visibility,
} from './api-schemas';
import { type AskedFor, errorFromResponse, ScanApiError } from './errors';
import { type Fetch, type HttpRequest, sendRequest } from './http';

/** How errors name this scanner (its messages predate the others). */
const scanner = () => t('errors.theApi');

import { type ScanReport, scanReportSchema } from './result-schema';

export interface ApiAccess {
  apiBaseUrl: string;
  accountId: string;
  credentials: Credentials;
}

export interface SubmitOptions {
  visibility: Visibility;
  screenshotsResolutions: readonly ScreenshotResolution[];
  customHeaders?: Record<string, string>;
  userAgent?: string;
  referer?: string;
}

export interface UrlScannerClient {
  submit(url: string, options: SubmitOptions): Promise<SubmitResponse>;
  result(scanId: string): Promise<ScanReport>;
  screenshot(scanId: string, resolution: ScreenshotResolution): Promise<Blob>;
  search(query: string, size?: number): Promise<SearchHit[]>;
  har(scanId: string): Promise<Har>;
  dom(scanId: string): Promise<string>;
}

export function authHeaders(credentials: Credentials): Record<string, string> {
  if (credentials.kind === 'token') return { authorization: `Bearer ${credentials.token}` };
  return { 'x-auth-email': credentials.email, 'x-auth-key': credentials.key };
}

/** Quotes a value for the search query language (a subset of Elasticsearch query syntax). */
export function quoteSearchValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

interface ClientDeps {
  /** Read on every call, so a settings change applies to the next request. */
  access: () => Promise<ApiAccess> | ApiAccess;
  fetch?: Fetch;
  now?: () => number;
  timeoutMs?: number;
}

/** Cloudflare URL Scanner v2 (`/accounts/{account_id}/urlscanner/v2/…`). */
export function createUrlScannerClient(deps: ClientDeps): UrlScannerClient {
  const now = deps.now ?? Date.now;

  async function call(
    method: HttpRequest['method'],
    path: string,
    accept: string,
    body?: unknown,
    asked?: AskedFor,
  ): Promise<Response> {
    const access = await deps.access();
    if (!access.accountId) throw new ScanApiError('auth', t('errors.noAccountId'));
    const url = `${access.apiBaseUrl}/accounts/${encodeURIComponent(access.accountId)}/urlscanner/v2/${path}`;
    const response = await sendRequest(
      { method, url, headers: { ...authHeaders(access.credentials), accept }, body },
      deps.fetch,
      deps.timeoutMs,
    );
    if (!response.ok)
      throw errorFromResponse(
        response.status,
        response.headers,
        await readJson(response, scanner()),
        now(),
        asked,
      );
    return response;
  }

  async function callJson<T extends z.ZodType>(
    schema: T,
    method: HttpRequest['method'],
    path: string,
    body?: unknown,
    asked?: AskedFor,
  ) {
    const response = await call(method, path, JSON_TYPE, body, asked);
    return parseAnswer(schema, await readJson(response, scanner()), response, scanner());
  }

  const id = (scanId: string) => encodeURIComponent(scanId);
  // Accept as the official SDK sends it (cloudflare-typescript src/resources/url-scanner/scans.ts).
  const JSON_TYPE = 'application/json';

  return {
    submit: (url, options) =>
      callJson(
        submitResponseSchema,
        'POST',
        'scan',
        {
          url,
          visibility: options.visibility,
          screenshotsResolutions: options.screenshotsResolutions,
          ...(options.customHeaders && Object.keys(options.customHeaders).length > 0
            ? { customHeaders: options.customHeaders }
            : {}),
          ...(options.userAgent ? { customagent: options.userAgent } : {}),
          ...(options.referer ? { referer: options.referer } : {}),
        },
        { visibility: options.visibility },
      ),
    result: (scanId) => callJson(scanReportSchema, 'GET', `result/${id(scanId)}`),
    async screenshot(scanId, resolution) {
      return readImage(
        await call('GET', `screenshots/${id(scanId)}.png?resolution=${resolution}`, 'image/png'),
      );
    },
    search: async (query, size = 10) => {
      const params = new URLSearchParams({ q: query, size: String(size) });
      return (await callJson(searchResponseSchema, 'GET', `search?${params}`)).results;
    },
    har: (scanId) => callJson(harSchema, 'GET', `har/${id(scanId)}`),
    dom: async (scanId) => readText(await call('GET', `dom/${id(scanId)}`, 'text/plain')),
  };
}
