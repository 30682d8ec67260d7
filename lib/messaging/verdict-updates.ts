import { browser } from 'wxt/browser';
import { z } from '../z-mini';

/**
 * Broadcast by the background when a URL's verdict changes. Its schema lives here, in zod's small
 * build, because every page's content script parses it.
 */
export const verdictUpdateSchema = z.object({
  type: z.literal('verdict-updated'),
  url: z.string(),
  kind: z.string(),
});

/** Calls `onUpdate` with the URL of every verdict the background announces; returns the unsubscribe. */
export function onVerdictUpdate(onUpdate: (url: string) => void): () => void {
  const listener = (message: unknown) => {
    const update = verdictUpdateSchema.safeParse(message);
    if (update.success) onUpdate(update.data.url);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
