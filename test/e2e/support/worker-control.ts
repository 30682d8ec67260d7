import { type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Stops the extension's service worker through DevTools, as Chrome does when it is idle, and watches it
 * come back. Nothing here starts it again: the extension's own alarm (or the next event) must.
 */
export async function workerStopper(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) states.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');

  let stoppedAt = -1;
  const stopper = {
    /** Stops every service worker and waits until it is stopped. */
    async stop(): Promise<void> {
      const from = states.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => (stoppedAt = states.indexOf('stopped', from))).toBeGreaterThanOrEqual(0);
    },
    /** Waits until the stopped worker is running again, started by nothing but the extension itself. */
    async awaitRestart(timeout = 40_000): Promise<void> {
      await expect
        .poll(() => states.lastIndexOf('running') > stoppedAt, {
          timeout,
          message: 'the service worker should start again by itself (its alarm) after being stopped',
        })
        .toBe(true);
    },
    async stopAndAwaitRestart(timeout = 40_000): Promise<void> {
      await stopper.stop();
      await stopper.awaitRestart(timeout);
    },
  };
  return stopper;
}
