import type { MockFault, MockRoute } from './types';

export interface FaultQueue {
  add(fault: MockFault): void;
  clear(): void;
  /** The first queued fault for `route`, counting one use of it; undefined when none applies. */
  take(route: MockRoute): MockFault | undefined;
}

export function createFaultQueue(): FaultQueue {
  let queue: { fault: MockFault; remaining: number }[] = [];
  return {
    add(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`fault.times must be ≥ 1, got ${times}`);
      queue.push({ fault: { ...fault }, remaining: times });
    },
    clear() {
      queue = [];
    },
    take(route) {
      const index = queue.findIndex((entry) => entry.fault.route === 'any' || entry.fault.route === route);
      const entry = queue[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue.splice(index, 1);
      return entry.fault;
    },
  };
}
