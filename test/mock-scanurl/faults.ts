import type { MockScanUrlFault } from './types';

/** Faults in the order they were queued, each used `times` times. */
export function createFaultQueue() {
  let queue: { fault: MockScanUrlFault; remaining: number }[] = [];
  return {
    add(fault: MockScanUrlFault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`fault.times must be ≥ 1, got ${times}`);
      queue.push({ fault: { ...fault }, remaining: times });
    },
    clear() {
      queue = [];
    },
    take(): MockScanUrlFault | undefined {
      const entry = queue[0];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue.shift();
      return entry.fault;
    },
  };
}
