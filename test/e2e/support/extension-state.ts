import type { Worker } from '@playwright/test';

type StoreRead = { op: 'get'; key: string } | { op: 'count' } | { op: 'getAll' };

/**
 * Reads the extension's IndexedDB from inside the service worker with the raw IndexedDB API,
 * independently of the extension's own storage code. A store that does not exist reads as undefined.
 */
function readStore(worker: Worker, store: string, read: StoreRead): Promise<unknown> {
  return worker.evaluate(
    ([storeName, request]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('scanlink');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve(undefined);
            return;
          }
          const objects = db.transaction(storeName).objectStore(storeName);
          const result =
            request.op === 'get'
              ? objects.get(request.key)
              : request.op === 'count'
                ? objects.count()
                : objects.getAll();
          result.onsuccess = () => {
            db.close();
            resolve(result.result);
          };
          result.onerror = () => reject(result.error);
        };
      }),
    [store, read] as const,
  );
}

/** One row of a store, by key. */
export async function readRow(worker: Worker, store: string, key: string) {
  return (await readStore(worker, store, { op: 'get', key })) as Record<string, unknown> | undefined;
}

/** How many rows a store holds. */
export async function countRows(worker: Worker, store: string): Promise<number> {
  return ((await readStore(worker, store, { op: 'count' })) as number | undefined) ?? 0;
}

/** Every row of a store (small stores only: jobs, verdicts). */
export async function allRows(worker: Worker, store: string): Promise<Record<string, unknown>[]> {
  return ((await readStore(worker, store, { op: 'getAll' })) as Record<string, unknown>[] | undefined) ?? [];
}

/**
 * Puts rows into a store of the extension's IndexedDB with the raw API, in transactions of a few
 * thousand (one `evaluate` each), so large caches can be laid down before a measurement. Call it once
 * the extension has opened its database (saving the settings does): opened here first, it would be
 * created empty. Verdicts written this way bypass the verdict index, so it is cleared with them: the
 * extension's next lookup rebuilds it, as after an upgrade.
 */
export async function writeRows(worker: Worker, store: string, rows: readonly object[]): Promise<void> {
  const CHUNK = 5_000;
  for (let from = 0; from < rows.length; from += CHUNK) {
    await worker.evaluate(
      ([storeName, chunk]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('scanlink');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const indexed = storeName === 'verdicts';
            const transaction = db.transaction(
              indexed ? [storeName, 'verdictIndex'] : storeName,
              'readwrite',
            );
            const objects = transaction.objectStore(storeName);
            for (const row of chunk) objects.put(row);
            if (indexed) transaction.objectStore('verdictIndex').clear();
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      [store, rows.slice(from, from + CHUNK)] as const,
    );
  }
}

/** The few extension APIs the tests call inside the service worker (the page-side types lack them). */
interface WorkerChrome {
  contextMenus: {
    update(id: string, props: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: unknown): void };
  };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
}

/** The ids of the notifications Scanlink currently shows. */
export function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return Object.keys(await chrome.notifications.getAll());
  });
}

/** The toolbar badge text of the tab showing `urlPattern` (a match pattern). */
export function toolbarBadgeText(worker: Worker, urlPattern: string): Promise<string | undefined> {
  return worker.evaluate(async (pattern) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab?.id === undefined ? undefined : chrome.action.getBadgeText({ tabId: tab.id });
  }, urlPattern);
}

/** Runs the registered "Scan this link" listeners exactly as a click in the native menu would. */
export async function clickScanThisLink(
  worker: Worker,
  linkUrl: string,
  pageUrl = 'https://news.example/',
): Promise<void> {
  await worker.evaluate(
    async ([link, page]) => {
      const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      // Resolves once the menu item exists: it is created in runtime.onInstalled.
      await chrome.contextMenus.update('scan-link', {});
      // The tab the menu was opened in: the one showing the page, else any.
      const [tab] = [...(await chrome.tabs.query({ url: page })), ...(await chrome.tabs.query({}))];
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'scan-link', linkUrl: link, pageUrl: page, editable: false, frameId: 0 },
        tab,
      );
    },
    [linkUrl, pageUrl] as const,
  );
}
