import type { ScanStore } from '../db/scan-store';
import type { Settings } from '../settings/settings-schema';

type ChoiceStore = Pick<ScanStore, 'getPacing' | 'updatePacing' | 'listJobs' | 'updateJob'>;

/**
 * Ends the pause a refused visibility began: submissions go on, and every job not yet submitted gets a
 * fresh deadline and is due now (it waited for the person, not for the scanner). Run the pipeline after.
 */
export async function resumeAfterVisibilityChoice(
  store: ChoiceStore,
  settings: Pick<Settings, 'scanDeadlineMs'>,
  now: number,
): Promise<void> {
  // Nothing was paused (a second click, another window): the deadlines are the scanner's to keep.
  if (!(await store.getPacing()).visibilityRefused) return;
  await store.updatePacing({ visibilityRefused: undefined });
  for (const job of await store.listJobs()) {
    if (job.state !== 'new' && job.state !== 'waiting') continue;
    await store.updateJob(job.url, { nextRunAt: now, deadlineAt: now + settings.scanDeadlineMs });
  }
}

/**
 * The person accepts public scans. The caller has already changed the visibility setting (to the value
 * the account allows) and passes the new settings; the queued jobs then go out with it.
 */
export const choosePublicScans = resumeAfterVisibilityChoice;

/** The person keeps scans private: the pause stays, and they are no longer asked. */
export async function keepScansPrivate(store: ChoiceStore): Promise<void> {
  const { visibilityRefused } = await store.getPacing();
  if (visibilityRefused)
    await store.updatePacing({ visibilityRefused: { ...visibilityRefused, kept: true } });
}

/** The person has seen that a scan was made more public than asked: automatic scans may go on. */
export async function dismissVisibilityMismatch(store: ChoiceStore): Promise<void> {
  await store.updatePacing({ visibilityMismatch: undefined });
}
