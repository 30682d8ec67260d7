import { ScanApiError } from '../cloudflare/errors';
import { sendRequest } from '../cloudflare/http';
import { t } from '../i18n/translate';
import { parseAnswer, readJson } from '../providers/answer-body';
import type { ApiKeyClientDeps } from '../providers/api-key-client';
import type { ProviderReport, ScanProvider } from '../providers/scan-provider';
import { scanUrlError, scanUrlFailure } from './errors';
import { createReportCache } from './report-cache';
import { scanIdFor } from './scan-id';
import { scanResponseSchema } from './schemas';
import { testScanUrlConnection } from './test-connection';
import { verdictFromReport } from './verdict';

// ScanURL (seed 003) is synchronous: one POST scans the URL and answers with the verdict, and it keeps
// nothing to poll or search. So `submit` returns the report as `finished` and the pipeline must use it;
// `result` can only repeat a report this worker received moments ago. No `findExisting` (no search),
// no `screenshot` (it returns none).

export const SCANURL_API_BASE_URL = 'https://api.scan-url.wowinfosolutions.com';
export const SCANURL_SCAN_PATH = '/api/apikey/v1/url-scan';

export type { ApiKeyAccess as ScanUrlAccess } from '../providers/api-key-client';

export function createScanUrlProvider(deps: ApiKeyClientDeps): ScanProvider {
  const now = deps.now ?? Date.now;
  const reports = createReportCache();

  async function scan(url: string): Promise<ProviderReport> {
    const access = await deps.access();
    const apiKey = access.apiKey.trim();
    if (!apiKey) throw new ScanApiError('auth', t('errors.noKey', ['ScanURL']));
    const scanId = scanIdFor(url, now());
    const response = await sendRequest(
      {
        method: 'POST',
        url: `${access.apiBaseUrl.replace(/\/+$/, '')}${SCANURL_SCAN_PATH}`,
        headers: { 'x-api-key': apiKey, accept: 'application/json' },
        body: { url },
      },
      deps.fetch,
      deps.timeoutMs,
    );
    const body = await readJson(response, 'ScanURL');
    if (!response.ok) throw scanUrlError(response.status, response.headers, body, now());
    const answer = parseAnswer(scanResponseSchema, body, response, 'ScanURL');
    if (!answer.success) throw scanUrlFailure(answer.message, response.status, response.headers, now());
    const report: ProviderReport = {
      provider: 'scanurl',
      scanId,
      report: answer.data,
      verdict: verdictFromReport(answer.data),
      screenshots: [],
      // The answer carries no time; it arrived just now, and the scan ran during the request.
      scannedAt: now(),
    };
    reports.put(report);
    return report;
  }

  return {
    id: 'scanurl',
    name: 'ScanURL',
    async submit(url) {
      const finished = await scan(url);
      return { scanId: finished.scanId, finished };
    },
    async result(scanId) {
      const report = reports.get(scanId);
      if (report) return report;
      // Not 'not-ready': nothing will ever appear, and polling would only wait for the job's deadline.
      throw new ScanApiError('bad-request', t('errors.noReports'));
    },
    testConnection: () => testScanUrlConnection(scan, async () => (await deps.access()).apiBaseUrl),
  };
}
