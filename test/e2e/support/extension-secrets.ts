import type { Page, Worker } from '@playwright/test';

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
interface ExtensionChrome {
  storage: { local: StorageArea; session: StorageArea; sync: StorageArea };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Everything in `storage.local`, `storage.session` and `storage.sync`, read inside the service worker. */
export function storageAreas(worker: Worker): Promise<Record<'local' | 'session' | 'sync', string>> {
  return worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: ExtensionChrome }).chrome;
    const [local, session, sync] = await Promise.all(
      [storage.local, storage.session, storage.sync].map(async (area) =>
        JSON.stringify(await area.get(null)),
      ),
    );
    return { local: String(local), session: String(session), sync: String(sync) };
  });
}

/** The names of the extension's IndexedDB stores whose rows contain `needle`, read with the raw API. */
export function indexedDbStoresContaining(worker: Worker, needle: string): Promise<string[]> {
  return worker.evaluate(
    (text) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('scanlink');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const found: string[] = [];
          const transaction = db.transaction(names);
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              if (JSON.stringify(all.result).includes(text)) found.push(name);
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(found.sort());
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    needle,
  );
}

/** Sends each message to the background from an extension page, as the pages and content scripts do. */
export function askBackground(page: Page, messages: object[]): Promise<unknown[]> {
  return page.evaluate(async (list) => {
    const { runtime } = (globalThis as unknown as { chrome: ExtensionChrome }).chrome;
    const replies: unknown[] = [];
    for (const message of list) replies.push(await runtime.sendMessage(message));
    return replies;
  }, messages);
}
