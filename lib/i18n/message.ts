import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

type Structure = GeneratedI18nStructure;
/** Keys of strings without plural forms. */
type PlainKey = { [K in keyof Structure]: Structure[K]['plural'] extends false ? K : never }[keyof Structure];
type Substitutions<K extends PlainKey> = Structure[K]['substitutions'] extends 0 ? [] : [string[]];

/**
 * `t` without plural forms or named substitutions, for the content script: every byte of it ships in
 * each page, and `t`'s argument handling is most of the i18n library's. Same keys, same strings.
 */
export function message<K extends PlainKey>(key: K, ...substitutions: Substitutions<K>): string {
  // The generated names are the keys with `_` for `.`, which the browser's typing cannot follow.
  const i18n = browser.i18n as { getMessage(name: string, substitutions?: string[]): string };
  return i18n.getMessage(key.replaceAll('.', '_'), substitutions[0]);
}

/**
 * Has the browser hand over the extension's strings now. The first `getMessage` in a page fetches them
 * with a synchronous call to the browser process, and soon after a huge page loads that process is busy
 * for tens of milliseconds (Chromium sends it metrics of every link): asked then, as the first badges
 * are drawn, the call stalls their frame. At the content script's start the process is still free.
 */
export function preloadMessages(): void {
  message('badge.kind.safe');
}
