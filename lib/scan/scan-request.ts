import type { Pacing, VerdictRow } from '../db/rows';
import { t } from '../i18n/translate';
import { missingScannerSetup } from '../settings/scanner-setup';
import { checkScanEligibility } from '../url/scan-eligibility';
import { budgetRefusalMessage, chargeBudget, resumeTab } from './auto-scan-budget';
import type { PipelineDeps } from './pipeline-deps';
import { isUserAction, PRIORITY, type ScanReason } from './scan-reason';
import { FINAL_VERDICTS } from './verdict';

/**
 * Why automatic scans are paused for the scanner's visibility, in words, or undefined when they are not.
 * A person's own scan still queues (it waits while submissions are paused).
 */
function visibilityPause(pacing: Pacing): string | undefined {
  if (pacing.visibilityRefused) return t('scan.pausedVisibilityRefused', [pacing.visibilityRefused.asked]);
  const mismatch = pacing.visibilityMismatch;
  if (mismatch) return t('scan.pausedVisibilityMismatch', [mismatch.answered, mismatch.asked]);
  return undefined;
}

/** An error verdict is not retried automatically for this long; the person can always ask again. */
export const ERROR_QUIET_MS = 5 * 60_000;

export type ScanOutcome =
  | { status: 'refused'; refusal: string; message: string }
  | { status: 'cached' | 'queued'; verdict: VerdictRow };

export interface ScanOptions {
  tabId?: number;
  /** Scan again even when a fresh verdict exists, and do not reuse someone else's scan. */
  rescan?: boolean;
}

/** `scan(url, reason)`: answers from the cache, or queues (or joins) the job that will answer. */
export function createScanRequests(deps: Pick<PipelineDeps, 'store' | 'settings' | 'now'>) {
  return async function scan(
    rawUrl: string,
    reason: ScanReason,
    options: ScanOptions = {},
  ): Promise<ScanOutcome> {
    const settings = await deps.settings();
    const eligibility = checkScanEligibility(rawUrl, settings.neverScanDomains);
    if (!eligibility.eligible) return { status: 'refused', ...eligibility };
    const { url } = eligibility;
    const now = deps.now();

    const cached = await deps.store.getVerdict(url);
    if (cached && !options.rescan) {
      const age = now - cached.checkedAt;
      if (FINAL_VERDICTS.has(cached.kind) && age < settings.cacheTtlMs)
        return { status: 'cached', verdict: cached };
      if (cached.kind === 'error' && !isUserAction(reason) && age < ERROR_QUIET_MS) {
        return { status: 'cached', verdict: cached };
      }
    }

    const missingSetup = missingScannerSetup(settings);
    if (missingSetup) return { status: 'refused', refusal: 'not-configured', message: missingSetup };
    const pacing = await deps.store.getPacing();
    if (pacing.authRejected) {
      return {
        status: 'refused',
        refusal: 'credentials-rejected',
        message: t('scan.credentialsRejected', [pacing.authRejected.message]),
      };
    }

    const automatic = !isUserAction(reason);
    const paused = automatic ? visibilityPause(pacing) : undefined;
    if (paused) return { status: 'refused', refusal: 'scans-paused', message: paused };
    // The person acted in this tab: its automatic scans may go on.
    if (!automatic && options.tabId !== undefined) {
      const tabId = options.tabId;
      await deps.store.updateAutoScanBudget((stored) => resumeTab(stored, tabId, now));
    }

    const pending: VerdictRow = {
      url,
      kind: 'pending',
      reasons: [t('scan.pending')],
      categories: [],
      checkedAt: now,
    };
    const result = await deps.store.enqueue(
      {
        url,
        reason,
        priority: PRIORITY[reason],
        state: 'new',
        reused: false,
        skipReuse: options.rescan ?? false,
        createdAt: now,
        nextRunAt: now,
        deadlineAt: now + settings.scanDeadlineMs,
        attempts: 0,
        polls: 0,
        conflicts: 0,
        lostSearches: 0,
        tabIds: options.tabId === undefined ? [] : [options.tabId],
      },
      pending,
      // Decided since we looked above (a scan finished meanwhile): answer with it.
      (verdict) =>
        !options.rescan && FINAL_VERDICTS.has(verdict.kind) && verdict.checkedAt > (cached?.checkedAt ?? -1),
      automatic ? (stored) => chargeBudget(stored, options.tabId, settings, now) : undefined,
    );
    if ('cached' in result) return { status: 'cached', verdict: result.cached };
    if ('refused' in result) {
      return {
        status: 'refused',
        refusal: result.refused,
        message: budgetRefusalMessage(result.refused, settings),
      };
    }
    return { status: 'queued', verdict: pending };
  };
}
