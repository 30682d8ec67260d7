import type { JobRow } from '../db/rows';

const STEP: Record<JobRow['state'], string> = {
  new: 'Looking for a recent scan of this link',
  waiting: 'Waiting for its turn at the scanner',
  submitting: 'Sending the link to the scanner',
  polling: 'The scanner is loading the page',
};

/** A running scan's step and elapsed time in words, e.g. "The scanner is loading the page (12 s)". */
export function jobProgress(state: JobRow['state'], startedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return `${STEP[state]} (${seconds} s)`;
}
