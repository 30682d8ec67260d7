import { browser } from 'wxt/browser';
import type { WakeTimers } from '../../lib/scan/run-scheduler';

export const PIPELINE_ALARM = 'scan-pipeline';

export const wakeTimers: WakeTimers = {
  now: () => Date.now(),
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setAlarm: (when) => void browser.alarms.create(PIPELINE_ALARM, { when }),
  clearAlarm: () => void browser.alarms.clear(PIPELINE_ALARM),
};

export function onPipelineAlarm(resume: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PIPELINE_ALARM) resume();
  });
}
