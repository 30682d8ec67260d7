import type { JobRow } from './rows';

/** For tests: a job as a new scan request creates it, for `url`, with `changes` over the defaults. */
export function newJobRow(url: string, changes: Partial<JobRow> = {}): JobRow {
  return {
    url,
    reason: 'link-hovered',
    priority: 1,
    state: 'new',
    reused: false,
    skipReuse: false,
    createdAt: 0,
    nextRunAt: 0,
    deadlineAt: 100,
    attempts: 0,
    polls: 0,
    conflicts: 0,
    lostSearches: 0,
    tabIds: [1],
    ...changes,
  };
}
