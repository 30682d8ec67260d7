import type { ScreenshotResolution } from '../cloudflare/api-schemas';
import { ScanApiError } from '../cloudflare/errors';
import type { ScanReport } from '../cloudflare/result-schema';
import type { JobRow, ScreenshotRow } from '../db/rows';
import type { FinishedScan } from '../db/scan-store';
import type { Settings } from '../settings/settings-schema';
import type { PipelineDeps } from './pipeline-deps';
import { verdictFromReport } from './verdict';

const RESOLUTIONS: readonly ScreenshotResolution[] = ['desktop', 'mobile', 'tablet'];

/** The resolutions this scan captured (a reused scan may have others than ours), desktop when unsaid. */
function capturedResolutions(report: ScanReport): ScreenshotResolution[] {
  const listed = report.task.options?.screenshotsResolutions ?? [];
  const captured = RESOLUTIONS.filter((r) => listed.includes(r));
  return captured.length > 0 ? captured : ['desktop'];
}

async function fetchScreenshots(
  deps: PipelineDeps,
  scanId: string,
  report: ScanReport,
): Promise<ScreenshotRow[]> {
  const rows: ScreenshotRow[] = [];
  for (const resolution of capturedResolutions(report)) {
    try {
      const image = await deps.api.screenshot(scanId, resolution);
      rows.push({ scanId, resolution, image, bytes: image.size, storedAt: deps.now() });
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
  job: JobRow,
  scanId: string,
  report: ScanReport,
  settings: Settings,
): Promise<void> {
  const verdict = verdictFromReport(report);
  const screenshots = report.task.success ? await fetchScreenshots(deps, scanId, report) : [];
  const now = deps.now();
  const scanTime = Date.parse(report.task.time);
  // A reused scan is as old as the scan itself, not as the moment we found it.
  const checkedAt = job.reused && !Number.isNaN(scanTime) ? Math.min(scanTime, now) : now;
  const shared = {
    url: job.url,
    kind: verdict.kind,
    reasons: verdict.reasons,
    categories: verdict.categories,
    ...(verdict.finalUrl ? { finalUrl: verdict.finalUrl } : {}),
  };
  const verdictRow = { ...shared, scanId, checkedAt };
  const finished: FinishedScan = {
    scan: {
      ...shared,
      scanId,
      finishedAt: now,
      reused: job.reused,
      ...(report.page?.title ? { title: report.page.title } : {}),
      ...(report.task.visibility ? { visibility: report.task.visibility } : {}),
      ...(report.task.reportURL ? { reportUrl: report.task.reportURL } : {}),
    },
    report: { scanId, report },
    screenshots,
    verdict: verdictRow,
  };
  const waiters = await saveWithinQuota(deps, finished, job.url, settings);
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
