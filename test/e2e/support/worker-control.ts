import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

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

  return {
    /** Stops every service worker, waits until it is stopped, then until it is running again. */
    async stopAndAwaitRestart(timeout = 40_000): Promise<void> {
      const from = states.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      const stoppedAt = () => states.indexOf('stopped', from);
      await expect.poll(stoppedAt).toBeGreaterThanOrEqual(0);
      await expect
        .poll(() => states.lastIndexOf('running') > stoppedAt(), {
          timeout,
          message: 'the service worker should start again by itself (its alarm) after being stopped',
        })
        .toBe(true);
    },
  };
}

/** How many rows an object store of the extension's IndexedDB holds, read with the raw API. */
export function countRows(worker: Worker, store: string): Promise<number> {
  return worker.evaluate(
    (storeName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('scanlink');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction(storeName).objectStore(storeName).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );
}

/** Every row of an object store (small stores only: jobs, verdicts). */
export function allRows(worker: Worker, store: string): Promise<Record<string, unknown>[]> {
  return worker.evaluate(
    (storeName) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('scanlink');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(storeName).objectStore(storeName).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}
