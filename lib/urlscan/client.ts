import { ScanApiError } from '../cloudflare/errors';
import { scanIdSchema } from '../cloudflare/result-schema';
import { t } from '../i18n/translate';
import { readImage, readText } from '../providers/answer-body';
import type { ApiKeyClientDeps } from '../providers/api-key-client';
import type { ScanProvider } from '../providers/scan-provider';
import { existingScanQuery, newestExistingScan } from './existing-scan';
import { providerReport } from './provider-report';
import { createUrlscanRequests } from './request';
import { resultSchema, searchResponseSchema, submitResponseSchema, type Visibility } from './schemas';
import { testUrlscanConnection } from './test-connection';

export const URLSCAN_BASE_URL = 'https://urlscan.io';
export type { UrlscanAccess } from './request';

/**
 * The visibility to ask for. Cloudflare's "Public"/"Unlisted" carry over; anything else is unlisted, and
 * a scan is never made more public than asked.
 */
export function urlscanVisibility(requested: string | undefined): Visibility {
  const lower = requested?.toLowerCase();
  return lower === 'public' || lower === 'private' ? lower : 'unlisted';
}

/** Scan ids end up in request paths: refuse anything that is not made of uuid characters. */
function idPath(scanId: string): string {
  if (!scanIdSchema.safeParse(scanId).success) {
    throw new ScanApiError('bad-request', t('errors.notScanId', [scanId.slice(0, 80)]));
  }
  return encodeURIComponent(scanId);
}

/** urlscan.io (https://docs.urlscan.io) as a scan provider. */
export function createUrlscanProvider(deps: ApiKeyClientDeps): ScanProvider {
  const requests = createUrlscanRequests(deps);
  return {
    id: 'urlscan',
    name: 'urlscan.io',
    async submit(url, options) {
      // urlscan.io takes one screenshot and no custom headers; user agent and referer it does take.
      const submitted = await requests.json(submitResponseSchema, 'POST', '/api/v1/scan/', {
        url,
        visibility: urlscanVisibility(options.visibility),
        ...(options.userAgent ? { customagent: options.userAgent } : {}),
        ...(options.referer ? { referer: options.referer } : {}),
      });
      // docs.urlscan.io/guides/quickstart: the submit answer names the scan's `visibility`; that account or
      // team settings may change it from the one asked for is unverified.
      return {
        scanId: submitted.uuid,
        ...(submitted.visibility ? { visibility: submitted.visibility } : {}),
      };
    },
    async result(scanId) {
      const result = await requests.json(resultSchema, 'GET', `/api/v1/result/${idPath(scanId)}/`);
      return providerReport(scanId, result);
    },
    async findExisting(url, maxAgeMs, now) {
      const params = new URLSearchParams({ q: existingScanQuery(url, maxAgeMs), size: '10' });
      const { results } = await requests.json(searchResponseSchema, 'GET', `/api/v1/search/?${params}`);
      return newestExistingScan(results, url, maxAgeMs, now);
    },
    async screenshot(scanId, resolution) {
      if (resolution !== 'desktop') {
        throw new ScanApiError('bad-request', t('errors.desktopOnly'));
      }
      return readImage(await requests.call('GET', `/screenshots/${idPath(scanId)}.png`));
    },
    testConnection: () => testUrlscanConnection(requests),
  };
}

/** The page's DOM as urlscan.io's browser left it (`GET /dom/{uuid}/`), for the report page's download. */
export async function fetchUrlscanDom(deps: ApiKeyClientDeps, scanId: string): Promise<string> {
  return readText(await createUrlscanRequests(deps).call('GET', `/dom/${idPath(scanId)}/`));
}
