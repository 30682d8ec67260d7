import { ScanApiError } from '../cloudflare/errors';
import type { JobRow, ScreenshotRow } from '../db/rows';
import type { FinishedScan } from '../db/scan-store';
import type { ProviderReport, ScanProvider } from '../providers/scan-provider';
import { reportLinkOf } from '../report/report-link';
import type { Settings } from '../settings/settings-schema';
import type { PipelineDeps } from './pipeline-deps';

async function fetchScreenshots(
  deps: PipelineDeps,
  provider: ScanProvider,
  finished: ProviderReport,
): Promise<ScreenshotRow[]> {
  if (!provider.screenshot) return [];
  const rows: ScreenshotRow[] = [];
  for (const resolution of finished.screenshots) {
    try {
      const image = await provider.screenshot(finished.scanId, resolution);
      rows.push({ scanId: finished.scanId, resolution, image, bytes: image.size, storedAt: deps.now() });
    } catch (error) {
      // The verdict matters more than the picture: keep the report and go on without this screenshot.
      if (error instanceof ScanApiError && error.kind === 'rate-limited') {
        await deps.store.updatePacing({ blockedUntil: deps.now() + (error.details.retryAfterMs ?? 0) });
        break;
      }
      if (!(error instanceof ScanApiError)) throw error;
    }
  }
  return rows;
}

/** Stores a finished report with its screenshots and verdict, ends the job, and tells whoever waits. */
export async function finishJob(
  deps: PipelineDeps,
  provider: ScanProvider,
  job: JobRow,
  finished: ProviderReport,
  settings: Settings,
): Promise<void> {
  const { scanId, verdict } = finished;
  const screenshots = await fetchScreenshots(deps, provider, finished);
  const now = deps.now();
  // A reused scan is as old as the scan itself, not as the moment we found it.
  const checkedAt = job.reused && finished.scannedAt !== undefined ? Math.min(finished.scannedAt, now) : now;
  const shared = {
    url: job.url,
    kind: verdict.kind,
    reasons: verdict.reasons,
    categories: verdict.categories,
    ...(verdict.finalUrl ? { finalUrl: verdict.finalUrl } : {}),
  };
  const reportLink = reportLinkOf(finished.provider, scanId);
  const verdictRow = { ...shared, scanId, checkedAt, ...(reportLink ? { reportUrl: reportLink.href } : {}) };
  const record: FinishedScan = {
    scan: {
      ...shared,
      scanId,
      finishedAt: now,
      reused: job.reused,
      ...(finished.title ? { title: finished.title } : {}),
      ...(finished.visibility ? { visibility: finished.visibility } : {}),
      ...(finished.reportUrl ? { reportUrl: finished.reportUrl } : {}),
    },
    report: { scanId, provider: finished.provider, report: finished.report },
    screenshots,
    verdict: verdictRow,
  };
  const waiters = await saveWithinQuota(deps, record, job.url, settings);
  await deps.store.prune(settings);
  deps.onVerdict?.(verdictRow, waiters);
}

/** Dexie reports a full disk as QuotaExceededError, sometimes inside the AbortError of its transaction. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'QuotaExceededError' || isQuotaError((error as { inner?: unknown }).inner);
}

/**
 * Saves a finished scan; when the disk is full, makes room by keeping half the history and no older
 * screenshots, and saves it again without its own screenshots. The verdict is what must not be lost.
 */
async function saveWithinQuota(
  deps: PipelineDeps,
  finished: FinishedScan,
  jobUrl: string,
  settings: Settings,
) {
  try {
    return await deps.store.saveFinishedScan(finished, jobUrl);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await deps.store.prune({
      historyLimit: Math.max(1, Math.floor(settings.historyLimit / 2)),
      screenshotBytesLimit: 0,
    });
    return deps.store.saveFinishedScan({ ...finished, screenshots: [] }, jobUrl);
  }
}
