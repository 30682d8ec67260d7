import { describe, expect, it } from 'vitest';
import { createRunScheduler, RUN_BACKSTOP_MS, type WakeTimers } from './run-scheduler';

function fakeTimers(start = 0) {
  let now = start;
  const alarms: (number | undefined)[] = [];
  const timers: { at: number; callback: () => void }[] = [];
  const wake: WakeTimers = {
    now: () => now,
    setTimer: (callback, delay) => {
      const timer = { at: now + delay, callback };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      timers.splice(timers.indexOf(handle as (typeof timers)[number]), 1);
    },
    setAlarm: (when) => alarms.push(when),
    clearAlarm: () => alarms.push(undefined),
  };
  return { wake, alarms, timers, setNow: (t: number) => (now = t) };
}

describe('run scheduler', () => {
  it('sleeps until the time the run names, with an alarm that survives the worker', async () => {
    const t = fakeTimers();
    const scheduler = createRunScheduler(
      async () => 5_000,
      t.wake,
      () => {},
    );
    await scheduler.kick();
    expect(t.alarms.at(-1)).toBe(5_000);
    expect(t.timers.map((x) => x.at)).toEqual([5_000]);
  });

  it('runs again at once while work is due, and clears the alarm when idle', async () => {
    const t = fakeTimers(100);
    const answers = [50, 100, undefined];
    let runs = 0;
    const scheduler = createRunScheduler(
      async () => answers[runs++],
      t.wake,
      () => {},
    );
    await scheduler.kick();
    expect(runs).toBe(3);
    expect(t.alarms.at(-1)).toBeUndefined();
  });

  it('coalesces kicks that arrive during a run into one more run', async () => {
    const t = fakeTimers();
    let runs = 0;
    let release: () => void = () => {};
    const scheduler = createRunScheduler(
      () =>
        new Promise<undefined>((resolve) => {
          runs++;
          release = () => resolve(undefined);
        }),
      t.wake,
      () => {},
    );
    const first = scheduler.kick();
    void scheduler.kick();
    void scheduler.kick();
    release();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(runs).toBe(2);
  });

  it('reports a failing run and tries again later instead of stopping for good', async () => {
    const t = fakeTimers();
    const errors: unknown[] = [];
    const scheduler = createRunScheduler(
      async () => {
        throw new Error('db closed');
      },
      t.wake,
      (e) => errors.push(e),
    );
    await scheduler.kick();
    expect(errors).toHaveLength(1);
    expect(t.alarms.at(-1)).toBe(30_000);
  });

  it('keeps an alarm standing while a run is under way, so a worker stopped mid-run is woken', async () => {
    const t = fakeTimers(1_000);
    let release: () => void = () => {};
    let alarmsDuringRun: (number | undefined)[] = [];
    let runs = 0;
    const scheduler = createRunScheduler(
      () =>
        // The first run waits (as on a slow API); the one the extra kick asks for answers at once.
        runs++ > 0
          ? Promise.resolve(60_000)
          : new Promise<number>((resolve) => {
              alarmsDuringRun = [...t.alarms];
              release = () => resolve(60_000);
            }),
      t.wake,
      () => {},
    );
    const run = scheduler.kick();
    expect(alarmsDuringRun).toEqual([1_000 + RUN_BACKSTOP_MS]);
    // The standby alarm fires while the run still waits: the kick it causes sets the next one.
    t.setNow(5_000);
    void scheduler.kick();
    expect(t.alarms.at(-1)).toBe(5_000 + RUN_BACKSTOP_MS);
    release();
    await run;
    expect(t.alarms.at(-1)).toBe(60_000);
  });
});
