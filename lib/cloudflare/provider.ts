import type { ProviderReport, ScanProvider } from '../providers/scan-provider';
import { radarReportUrl } from '../report/radar-link';
import type { ScreenshotResolution } from './api-schemas';
import type { ApiAccess, UrlScannerClient } from './client';
import { findExistingScan } from './existing-scan';
import { verdictFromReport } from './report-verdict';
import type { ScanReport } from './result-schema';
import { testConnection } from './test-connection';

const RESOLUTIONS: readonly ScreenshotResolution[] = ['desktop', 'mobile', 'tablet'];

/** The resolutions this scan captured (a reused scan may have others than ours), desktop when unsaid. */
function capturedResolutions(report: ScanReport): ScreenshotResolution[] {
  if (!report.task.success) return [];
  const listed = report.task.options?.screenshotsResolutions ?? [];
  const captured = RESOLUTIONS.filter((r) => listed.includes(r));
  return captured.length > 0 ? captured : ['desktop'];
}

/** A finished v2 report in the common model. */
export function providerReport(scanId: string, report: ScanReport): ProviderReport {
  const scannedAt = Date.parse(report.task.time);
  return {
    provider: 'cloudflare',
    scanId,
    report,
    verdict: verdictFromReport(report),
    screenshots: capturedResolutions(report),
    reportUrl: report.task.reportURL ?? radarReportUrl(scanId),
    ...(Number.isNaN(scannedAt) ? {} : { scannedAt }),
    ...(report.page?.title ? { title: report.page.title } : {}),
    ...(report.task.visibility ? { visibility: report.task.visibility } : {}),
  };
}

/** Cloudflare URL Scanner v2 as a provider: the client's calls, read through the common model. */
export function createCloudflareProvider(
  client: UrlScannerClient,
  access: () => Promise<ApiAccess>,
): ScanProvider {
  return {
    id: 'cloudflare',
    name: 'Cloudflare URL Scanner',
    async submit(url, options) {
      const submitted = await client.submit(url, {
        visibility: options.visibility === 'Public' ? 'Public' : 'Unlisted',
        screenshotsResolutions: options.screenshotsResolutions,
        ...(options.customHeaders ? { customHeaders: options.customHeaders } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        ...(options.referer ? { referer: options.referer } : {}),
      });
      // What the scanner says it gave the scan ("unlisted"), so a caller can see a visibility it enforced.
      return {
        scanId: submitted.uuid,
        ...(submitted.visibility === undefined ? {} : { visibility: submitted.visibility }),
      };
    },
    result: async (scanId) => providerReport(scanId, await client.result(scanId)),
    async findExisting(url, maxAgeMs, now) {
      const hit = await findExistingScan(client, url, maxAgeMs, now);
      return hit && { scanId: hit.task.uuid, time: Date.parse(hit.task.time) };
    },
    screenshot: (scanId, resolution) => client.screenshot(scanId, resolution),
    testConnection: async () => testConnection(await access()),
  };
}
