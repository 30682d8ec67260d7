import { ScanApiError } from '../cloudflare/errors';
import type { JobRow, Pacing, VerdictRow } from '../db/rows';
import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { submitOptionsFor } from '../providers/chosen-provider';
import type { ScanProvider } from '../providers/scan-provider';
import { isMorePublic } from '../providers/visibility';
import type { Settings } from '../settings/settings-schema';
import { finishJob } from './finish-job';
import type { PipelineDeps } from './pipeline-deps';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-delay';

type StepResult = 'continue' | 'stop';
type Step = 'search' | 'submit' | 'poll';

/** After a 409, search for the existing scan this often, this many times, before giving up. */
const CONFLICT_SEARCH_DELAY_MS = 30_000;
const MAX_CONFLICT_SEARCHES = 4;
/**
 * A submission whose answer was lost may have started a scan that search shows only once it is finished:
 * look for it this many times, one poll interval apart (two minutes at the default 10 s), before
 * submitting again.
 */
export const MAX_LOST_SEARCHES = 12;

/** Not yet sent to the scanner: no scan of it runs anywhere. */
const isUnsubmitted = (job: JobRow) => job.state === 'new' || job.state === 'waiting';

const byPriority = (a: JobRow, b: JobRow) => a.priority - b.priority || a.createdAt - b.createdAt;

function errorVerdict(job: JobRow, kind: string, message: string, now: number): VerdictRow {
  return {
    url: job.url,
    kind: 'error',
    reasons: [message],
    categories: [],
    checkedAt: now,
    error: { kind, message },
  };
}

/**
 * Advances every persisted job by the steps that are due, and returns when it next has work to do.
 * All state lives in the store, so this can be called after any restart and picks up where the last
 * worker stopped. Callers make sure only one run is under way at a time.
 */
export function createJobRunner(deps: PipelineDeps) {
  const { store } = deps;
  // The scanner the settings chose when this run began; every step of the run uses the same one.
  let provider: ScanProvider;
  const random = deps.random ?? Math.random;

  async function fail(job: JobRow, kind: string, message: string): Promise<void> {
    const verdict = errorVerdict(job, kind, message, deps.now());
    deps.onVerdict?.(verdict, await store.endJob(job.url, verdict));
  }

  /** Turns an API error into the job's next state; 'stop' when no other request should go out now. */
  async function handleError(
    job: JobRow,
    error: unknown,
    settings: Settings,
    step: Step,
  ): Promise<StepResult> {
    if (!(error instanceof ScanApiError)) throw error;
    const now = deps.now();
    switch (error.kind) {
      case 'auth':
        await store.updatePacing({ authRejected: { kind: error.kind, message: error.message } });
        return 'stop';
      case 'rate-limited':
        await store.updatePacing({ blockedUntil: now + (error.details.retryAfterMs ?? 0) });
        // A 429 on submit means the scan was not accepted: it waits for the next slot, no search needed.
        if (step === 'submit') await store.updateJob(job.url, { state: 'waiting' });
        return 'stop';
      case 'recently-scanned': {
        // Submitting again would only meet another 409: look for that scan, at a minute's pace.
        await store.updateJob(job.url, {
          state: 'new',
          conflicts: job.conflicts + 1,
          nextRunAt: now + CONFLICT_SEARCH_DELAY_MS,
        });
        return 'continue';
      }
      case 'server':
      case 'network':
      case 'timeout': {
        const attempts = job.attempts + 1;
        if (attempts >= MAX_ATTEMPTS) {
          await fail(job, error.kind, t('scan.gaveUp', [error.message, formatNumber(attempts)]));
          return 'continue';
        }
        // A submit that timed out may have reached the API: look for its scan before submitting again.
        // (A network error or a 5xx means it did not start one: search once, as for a new job.)
        const state = step !== 'submit' ? job.state : error.kind === 'timeout' ? 'submitting' : 'new';
        await store.updateJob(job.url, { state, attempts, nextRunAt: now + retryDelayMs(attempts, random) });
        return 'continue';
      }
      case 'visibility-refused':
        if (step === 'submit') {
          // Never retried as Public by itself: every submission waits for the person's choice.
          const asked = error.details.visibility ?? submitOptionsFor(provider.id, settings).visibility ?? '';
          const visibilityRefused = {
            provider: provider.id,
            asked,
            message: error.message,
            at: now,
            kept: false,
          };
          await store.updatePacing({ visibilityRefused });
          await store.updateJob(job.url, { state: 'waiting', nextRunAt: now });
          return 'stop';
        }
        await fail(job, error.kind, t('scan.refusedRequest', [error.message]));
        return 'continue';
      case 'bad-request': {
        const refused =
          step === 'submit'
            ? t('scan.refusedScan', [error.message])
            : t('scan.refusedRequest', [error.message]);
        const unlisted =
          step === 'submit' && provider.id === 'cloudflare' && settings.visibility === 'Unlisted';
        await fail(job, error.kind, unlisted ? `${refused} ${t('scan.unlistedHint')}` : refused);
        return 'continue';
      }
      case 'not-ready':
      case 'invalid-response':
        await fail(job, error.kind, error.message);
        return 'continue';
    }
  }

  /** Search only saves a scan: when it fails for any reason but the account's, submit instead. */
  async function searchOrNothing(job: JobRow, settings: Settings) {
    try {
      return await provider.findExisting?.(job.url, settings.cacheTtlMs, deps.now());
    } catch (error) {
      const accountProblem =
        error instanceof ScanApiError && (error.kind === 'auth' || error.kind === 'rate-limited');
      if (accountProblem || !(error instanceof ScanApiError)) throw error;
      return undefined;
    }
  }

  async function lookForExistingScan(job: JobRow, settings: Settings): Promise<void> {
    const hit = job.skipReuse && job.conflicts === 0 ? undefined : await searchOrNothing(job, settings);
    const now = deps.now();
    if (!hit && job.conflicts > 0) {
      if (job.conflicts >= MAX_CONFLICT_SEARCHES) {
        return fail(job, 'recently-scanned', t('scan.recentlyScanned', [provider.name]));
      }
      await store.updateJob(job.url, {
        conflicts: job.conflicts + 1,
        nextRunAt: now + CONFLICT_SEARCH_DELAY_MS,
      });
      return;
    }
    await store.updateJob(
      job.url,
      hit
        ? { state: 'polling', scanId: hit.scanId, provider: provider.id, reused: true, nextRunAt: now }
        : { state: 'waiting', nextRunAt: now },
    );
  }

  /**
   * A job left in 'submitting' (the worker died mid-request, or the request timed out): its scan may be
   * running. Search for a scan of this URL made since the job began, a few times, before submitting again.
   */
  async function findLostSubmission(job: JobRow, settings: Settings): Promise<void> {
    const now = deps.now();
    // A scanner without search (ScanURL) cannot show the lost scan: waiting for it would only delay.
    if (!provider.findExisting) {
      await store.updateJob(job.url, { state: 'waiting', lostSearches: 0, nextRunAt: now });
      return;
    }
    const since = Math.max(1, now - job.createdAt + settings.pollIntervalMs);
    const hit = await provider.findExisting?.(job.url, since, now).catch((error: unknown) => {
      if (error instanceof ScanApiError && error.kind !== 'auth' && error.kind !== 'rate-limited')
        return undefined;
      throw error;
    });
    if (hit) {
      await store.updateJob(job.url, {
        state: 'polling',
        scanId: hit.scanId,
        provider: provider.id,
        nextRunAt: now,
      });
    } else if (job.lostSearches + 1 < MAX_LOST_SEARCHES) {
      await store.updateJob(job.url, {
        lostSearches: job.lostSearches + 1,
        nextRunAt: now + settings.pollIntervalMs,
      });
    } else {
      await store.updateJob(job.url, { state: 'waiting', lostSearches: 0, nextRunAt: now });
    }
  }

  async function submit(job: JobRow, settings: Settings): Promise<void> {
    const now = deps.now();
    const submitting: JobRow = { ...job, state: 'submitting' };
    await store.updateJob(job.url, { state: 'submitting' });
    // Counted before the request leaves: a worker that dies mid-request must not exceed the rate.
    await store.updatePacing({ nextSubmitAt: now + settings.scanIntervalMs });
    const options = submitOptionsFor(provider.id, settings);
    try {
      const submitted = await provider.submit(job.url, options).finally(() =>
        // The API counts the rate from when a request reached it: some time after `now`, at the latest
        // when its answer came back. Counting from `now` let a slow submit and a quick one after it
        // arrive less than an interval apart (a 429 and a second request).
        store.updatePacing({ nextSubmitAt: deps.now() + settings.scanIntervalMs }),
      );
      if (isMorePublic(submitted.visibility, options.visibility)) {
        // The scan exists and goes on; automatic scans stop until the person has seen this.
        const [asked, answered] = [String(options.visibility), String(submitted.visibility)];
        const visibilityMismatch = { provider: provider.id, asked, answered, url: job.url, at: now };
        await store.updatePacing({ visibilityMismatch });
      }
      // A synchronous provider (ScanURL) answers with the finished report: nothing to poll.
      if (submitted.finished) return await finishJob(deps, provider, job, submitted.finished, settings);
      await store.updateJob(job.url, {
        state: 'polling',
        scanId: submitted.scanId,
        provider: provider.id,
        attempts: 0,
        nextRunAt: deps.now() + settings.pollInitialDelayMs,
      });
    } catch (error) {
      await handleError(submitting, error, settings, 'submit');
    }
  }

  async function poll(job: JobRow, settings: Settings): Promise<void> {
    if (!job.scanId) return fail(job, 'invalid-state', t('scan.lostId'));
    try {
      await finishJob(deps, provider, job, await provider.result(job.scanId), settings);
    } catch (error) {
      if (error instanceof ScanApiError && error.kind === 'not-ready') {
        await store.updateJob(job.url, {
          polls: job.polls + 1,
          nextRunAt: deps.now() + settings.pollIntervalMs,
        });
        return;
      }
      throw error;
    }
  }

  async function step(job: JobRow, settings: Settings): Promise<StepResult> {
    // 'new' searches for a reusable scan; 'submitting' left behind searches for its own lost one.
    const kind: Step = job.state === 'polling' ? 'poll' : job.state === 'waiting' ? 'submit' : 'search';
    try {
      if (kind === 'poll') await poll(job, settings);
      else if (kind === 'submit') await submit(job, settings);
      else if (job.state === 'submitting') await findLostSubmission(job, settings);
      else await lookForExistingScan(job, settings);
      return (await store.getPacing()).blockedUntil > deps.now() ? 'stop' : 'continue';
    } catch (error) {
      return handleError(job, error, settings, kind);
    }
  }

  /** Ends jobs that can no longer succeed or are no longer wanted. Returns the ones still alive. */
  async function sweep(jobs: JobRow[], settings: Settings, pacing: Pacing): Promise<JobRow[]> {
    const now = deps.now();
    // While paused for the person's choice, a job not yet submitted waits without a deadline.
    const paused = pacing.visibilityRefused !== undefined;
    const alive: JobRow[] = [];
    for (const job of jobs) {
      if (job.state === 'polling' && (job.provider ?? 'cloudflare') !== provider.id) {
        // The scanner was changed mid-scan: the old one's scan id means nothing to the new one.
        await store.updateJob(job.url, { state: 'new', nextRunAt: now, attempts: 0, polls: 0 });
        alive.push({ ...job, state: 'new', nextRunAt: now });
      } else if (pacing.authRejected) await fail(job, 'auth', pacing.authRejected.message);
      else if (now >= job.deadlineAt && !(paused && isUnsubmitted(job))) {
        const seconds = formatNumber(Math.round(settings.scanDeadlineMs / 1000));
        await fail(job, 'timeout', t('scan.deadline', [seconds]));
      } else if (job.reason === 'link-hovered' && job.state !== 'polling' && job.state !== 'submitting') {
        // A link looked at a minute ago is not worth a scan slot any more.
        if (now - job.createdAt >= settings.hoverExpiryMs) await store.endJob(job.url, undefined);
        else alive.push(job);
      } else alive.push(job);
    }
    return alive;
  }

  function nextWakeAt(jobs: JobRow[], settings: Settings, pacing: Pacing): number | undefined {
    const paused = pacing.visibilityRefused !== undefined;
    const times = jobs.flatMap((job) => {
      // Paused: nothing to do for an unsubmitted job but its hover expiry; un-pausing wakes the runner.
      if (paused && isUnsubmitted(job)) {
        return job.reason === 'link-hovered' ? [job.createdAt + settings.hoverExpiryMs] : [];
      }
      const run = job.state === 'waiting' ? Math.max(job.nextRunAt, pacing.nextSubmitAt) : job.nextRunAt;
      const expires = job.reason === 'link-hovered' && (job.state === 'new' || job.state === 'waiting');
      const expiry = expires ? job.createdAt + settings.hoverExpiryMs : job.deadlineAt;
      return [Math.max(run, pacing.blockedUntil), Math.min(expiry, job.deadlineAt)];
    });
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  return async function runDueJobs(): Promise<number | undefined> {
    const settings = await deps.settings();
    provider = deps.provider(settings);
    let pacing = await store.getPacing();
    // Paused for the person's visibility choice: no request for a job not yet submitted, not even search.
    const paused = pacing.visibilityRefused !== undefined;
    const isDue = (job: JobRow) =>
      job.nextRunAt <= deps.now() && job.state !== 'waiting' && !(paused && isUnsubmitted(job));
    let jobs = await sweep(await store.listJobs(), settings, pacing);

    if (pacing.blockedUntil <= deps.now()) {
      for (const job of jobs.filter(isDue).sort(byPriority)) {
        if ((await step(job, settings)) === 'stop') break;
      }
      pacing = await store.getPacing();
      const ready = (await store.listJobs()).filter(
        (j) => j.state === 'waiting' && j.nextRunAt <= deps.now(),
      );
      const next = ready.sort(byPriority)[0];
      if (
        next &&
        !pacing.authRejected &&
        !pacing.visibilityRefused &&
        pacing.nextSubmitAt <= deps.now() &&
        pacing.blockedUntil <= deps.now()
      ) {
        await step(next, settings);
      }
    }
    pacing = await store.getPacing();
    jobs = await store.listJobs();
    if (pacing.authRejected) return jobs.length > 0 ? deps.now() : undefined;
    return nextWakeAt(jobs, settings, pacing);
  };
}
