export interface WakeTimers {
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
  /**
   * A wake-up that survives the service worker: Chrome restarts a stopped worker for an alarm. Timers
   * die with the worker, so every wait is also written down as an alarm.
   */
  setAlarm(when: number): void;
  clearAlarm(): void;
}

const MAX_RUNS_PER_KICK = 100;

/**
 * While a run is under way an alarm stands by this far ahead: an alarm is gone once it has fired, so a
 * worker stopped mid-run would otherwise have nothing to wake it. (Chrome stretches alarms of packed
 * extensions to 30 s; that is then how long such a worker stays down.)
 */
export const RUN_BACKSTOP_MS = 1_000;

/**
 * Runs `runDue` one at a time, again while it has due work, and then sleeps until the time it names.
 * `kick()` may be called from anywhere (a new scan, an alarm, start-up); overlapping kicks coalesce.
 */
export function createRunScheduler(
  runDue: () => Promise<number | undefined>,
  timers: WakeTimers,
  onError: (error: unknown) => void,
) {
  let current: Promise<void> | undefined;
  let again = false;
  let timer: unknown;

  function sleepUntil(when: number | undefined) {
    if (timer !== undefined) timers.clearTimer(timer);
    timer = undefined;
    if (when === undefined) {
      timers.clearAlarm();
      return;
    }
    timer = timers.setTimer(() => void kick(), Math.max(0, when - timers.now()));
    timers.setAlarm(when);
  }

  async function loop(): Promise<void> {
    let next: number | undefined;
    let runs = 0;
    do {
      again = false;
      timers.setAlarm(timers.now() + RUN_BACKSTOP_MS);
      try {
        next = await runDue();
      } catch (error) {
        // Never stop for good: report it and try again a little later.
        onError(error);
        next = timers.now() + 30_000;
        break;
      }
      runs += 1;
    } while ((again || (next !== undefined && next <= timers.now())) && runs < MAX_RUNS_PER_KICK);
    if (runs >= MAX_RUNS_PER_KICK && next !== undefined) next = Math.max(next, timers.now() + 1_000);
    sleepUntil(next);
  }

  function kick(): Promise<void> {
    if (current) {
      again = true;
      // Woken by the backstop while a run waits on the network: keep one standing.
      timers.setAlarm(timers.now() + RUN_BACKSTOP_MS);
      return current;
    }
    current = loop().finally(() => {
      current = undefined;
      // A kick that arrived after the last run decided to sleep must not be lost.
      if (again) void kick();
    });
    return current;
  }

  return { kick };
}
