import { t } from '../i18n/translate';
import type { Pipeline } from '../scan/pipeline';
import type { Settings } from '../settings/settings-schema';
import { isTrustedUrl } from '../settings/trusted-sites';
import { parseWebUrl } from '../url/web-url';
import type { NavigationControl } from './navigation-control';

/** A tab gets at most one held link this often: a double click is one request, a flood is refused. */
export const HOLD_INTERVAL_MS = 500;

export interface LinkHoldDeps {
  pipeline: Pick<Pipeline, 'scan'>;
  settings: () => Promise<Settings>;
  navigation: Pick<NavigationControl, 'open'>;
  now: () => number;
}

/**
 * Strict mode: a clicked link is scanned at once and opened by the background, on the checking page
 * while its verdict is out. Only for a person who switched strict mode on; a content script cannot use
 * it to open pages or spend the quota otherwise.
 */
export function createLinkHolds(deps: LinkHoldDeps) {
  const lastHoldAt = new Map<number, number>();

  return async function holdLink(
    rawUrl: string,
    newTab: boolean,
    tabId: number | undefined,
  ): Promise<{ opened: 'page' | 'checking' }> {
    const url = parseWebUrl(rawUrl)?.href;
    if (!url) throw new Error(t('navigation.notWebLink'));
    const settings = await deps.settings();
    if (!settings.strictMode) throw new Error(t('navigation.strictModeOff'));
    const now = deps.now();
    if (tabId !== undefined) {
      if (now - (lastHoldAt.get(tabId) ?? Number.NEGATIVE_INFINITY) < HOLD_INTERVAL_MS) {
        throw new Error(t('navigation.alreadyOpening'));
      }
      lastHoldAt.set(tabId, now);
    }
    const where = { ...(tabId === undefined ? {} : { tabId }), newTab };
    // A trusted site is neither scanned nor held.
    if (isTrustedUrl(url, settings.trustedSites)) {
      await deps.navigation.open(url, { ...where, checking: false });
      return { opened: 'page' };
    }
    const outcome = await deps.pipeline.scan(url, 'link-clicked', tabId === undefined ? {} : { tabId });
    // Nothing to wait for when the link is known safe or cannot be scanned at all.
    const checking = outcome.status !== 'refused' && outcome.verdict.kind !== 'safe';
    await deps.navigation.open(url, { ...where, checking });
    return { opened: checking ? 'checking' : 'page' };
  };
}
