import { browser } from 'wxt/browser';
import { verdictUpdateSchema } from './messages';

/** Calls `onUpdate` with the URL of every verdict the background announces; returns the unsubscribe. */
export function onVerdictUpdate(onUpdate: (url: string) => void): () => void {
  const listener = (message: unknown) => {
    const update = verdictUpdateSchema.safeParse(message);
    if (update.success) onUpdate(update.data.url);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
