import { createJobRunner } from './job-runner';
import type { PipelineDeps } from './pipeline-deps';
import { createRunScheduler, type WakeTimers } from './run-scheduler';
import type { ScanReason } from './scan-reason';
import { createScanRequests, type ScanOptions, type ScanOutcome } from './scan-request';

export type Pipeline = ReturnType<typeof createPipeline>;

/** The scan pipeline: `scan()` answers or queues, the scheduler drives queued jobs to a verdict. */
export function createPipeline(
  deps: PipelineDeps & { timers: WakeTimers; onError: (error: unknown) => void },
) {
  const requestScan = createScanRequests(deps);
  const scheduler = createRunScheduler(createJobRunner(deps), deps.timers, deps.onError);
  return {
    async scan(url: string, reason: ScanReason, options?: ScanOptions): Promise<ScanOutcome> {
      const outcome = await requestScan(url, reason, options);
      if (outcome.status === 'queued') void scheduler.kick();
      return outcome;
    },
    /** Resume persisted work (start-up, alarm) or pick up changed settings. */
    resume: scheduler.kick,
  };
}
