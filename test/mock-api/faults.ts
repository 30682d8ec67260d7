/** What every mock's faults have in common: where they apply, and how many requests they affect. */
interface QueuedFault<Route extends string> {
  /** A fault without a route applies to any request (a mock with one route needs none). */
  route?: Route | 'any';
  times?: number;
}

export interface FaultQueue<Fault extends QueuedFault<Route>, Route extends string> {
  add(fault: Fault): void;
  clear(): void;
  /** The first queued fault for `route`, counting one use of it; undefined when none applies. */
  take(route?: Route): Fault | undefined;
}

/** Faults in the order they were queued, each used `times` times (once by default). Shared by the mocks. */
export function createFaultQueue<Fault extends QueuedFault<Route>, Route extends string>(): FaultQueue<
  Fault,
  Route
> {
  let queue: { fault: Fault; remaining: number }[] = [];
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
      const applies = ({ fault }: { fault: Fault }) =>
        fault.route === undefined || fault.route === 'any' || fault.route === route;
      const index = queue.findIndex(applies);
      const entry = queue[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue.splice(index, 1);
      return entry.fault;
    },
  };
}
