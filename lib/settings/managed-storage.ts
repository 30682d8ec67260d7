import { browser } from 'wxt/browser';

/**
 * What the browser's policies hold for Scanlink, or undefined when there is no policy to read: Firefox
 * without policies rejects, and a browser may have no managed area at all. Neither is worth a warning.
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

/**
 * Calls `listener` when an administrator changes the policy (Chrome applies a change while it runs,
 * Firefox only at start). Returns the way to stop listening.
 */
export function onManagedPolicyChange(listener: () => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
