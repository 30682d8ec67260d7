import { browser } from 'wxt/browser';
import type { WakeTimers } from '../../lib/scan/run-scheduler';

export const PIPELINE_ALARM = 'scan-pipeline';

export const wakeTimers: WakeTimers = {
  now: () => Date.now(),
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  // Repeating, not one-shot: an alarm that fires while Chrome is stopping the worker can be lost, and a
  // one-shot alarm is gone once fired. While work remains it fires again every 30 s (Chrome's minimum)
  // until the scheduler sets the next one or clears it.
  setAlarm: (when) => void browser.alarms.create(PIPELINE_ALARM, { when, periodInMinutes: 0.5 }),
  clearAlarm: () => void browser.alarms.clear(PIPELINE_ALARM),
};

export function onPipelineAlarm(resume: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PIPELINE_ALARM) resume();
  });
}
