import type { VerdictKind } from '../scan/verdict';
import { normaliseUrl } from '../url/normalise-url';

/**
 * The verdicts this page has already been told, by normalised URL. A click handler must decide before the
 * event finishes dispatching whether to hold the navigation, so it cannot wait for the background.
 */
export function createKnownVerdicts() {
  const kinds = new Map<string, VerdictKind>();
  return {
    /** `url` must already be normalised (verdict rows are keyed that way). */
    remember(url: string, kind: VerdictKind) {
      kinds.set(url, kind);
    },
    isKnownSafe(href: string): boolean {
      const url = normaliseUrl(href);
      return url !== undefined && kinds.get(url) === 'safe';
    },
  };
}
export type KnownVerdicts = ReturnType<typeof createKnownVerdicts>;
