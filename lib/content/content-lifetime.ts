import { browser } from 'wxt/browser';

/** The part of WXT's content script context this needs (kept narrow so a test can stand in for it). */
export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
}

/**
 * A signal that aborts only when this content script really stops working: the extension was reloaded,
 * updated or removed, which takes `runtime.id` away. WXT's own context signal also aborts when a
 * document event announces a newer copy of the script, and a page can forge that event (its name is
 * posted to the page), so it would switch off badges, banner and strict mode at will.
 */
export function contentLifetime(ctx: InvalidationSource): AbortSignal {
  const lifetime = new AbortController();
  ctx.onInvalidated(() => {
    if (!browser.runtime?.id) lifetime.abort();
  });
  return lifetime.signal;
}
