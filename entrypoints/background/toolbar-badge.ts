import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import { t } from '../../lib/i18n/translate';
import type { Sender } from '../../lib/messaging/messages';
import { canUse } from '../../lib/platform/browser-features';
import { toolbarBadge } from '../../lib/scan/toolbar-badge';
import { normaliseUrl } from '../../lib/url/normalise-url';

function setToolbar(tabId: number, badge: { text: string; color: string; title: string }): Promise<unknown> {
  if (!canUse('toolbarBadge')) return Promise.resolve();
  return Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => {});
}

/** Shows the verdict on the toolbar icon of each tab whose page it is about (Chrome clears it on navigation). */
export async function showOnToolbar(verdict: Pick<VerdictRow, 'url' | 'kind'>, tabIds: readonly number[]) {
  for (const tabId of tabIds) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab?.url || normaliseUrl(tab.url) !== verdict.url) continue;
    await setToolbar(tabId, toolbarBadge(verdict.kind));
  }
}

type PageVerdict = (url: string) => Promise<Pick<VerdictRow, 'url' | 'kind'> | undefined>;

async function pageVerdictOf(tabId: number, pageVerdict: PageVerdict) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url && normaliseUrl(tab.url);
  return url ? pageVerdict(url) : undefined;
}

/**
 * A link scan asked for from the menu is running: the tab's icon says so until it ends, unless the page
 * itself is flagged, which matters more.
 */
export async function showLinkScanOnToolbar(tabId: number, pageVerdict: PageVerdict): Promise<void> {
  const page = await pageVerdictOf(tabId, pageVerdict);
  if (page?.kind === 'malicious' || page?.kind === 'suspicious') return;
  await setToolbar(tabId, { ...toolbarBadge('pending'), title: t('badge.toolbar.linkScan') });
}

/** A menu link scan ended: each tab's icon goes back to its own page's verdict, or to nothing. */
export async function restorePageOnToolbar(tabIds: readonly number[], pageVerdict: PageVerdict) {
  for (const tabId of tabIds) {
    const verdict = await pageVerdictOf(tabId, pageVerdict);
    await setToolbar(tabId, verdict ? toolbarBadge(verdict.kind) : CLEAR);
  }
}

const CLEAR = { text: '', color: '#00000000', title: 'Scanlink' };

type Handler<R> = (request: R, sender: Sender) => Promise<unknown>;

/** Wraps the request handler so a tab's own page scan shows on its icon as soon as it is queued or cached. */
export function showPageScansOnToolbar<R extends { type: string }>(handle: Handler<R>): Handler<R> {
  return async (request, sender) => {
    const reply = await handle(request, sender);
    const { tabId } = sender;
    if (
      request.type === 'scan' &&
      tabId !== undefined &&
      typeof reply === 'object' &&
      reply &&
      'verdict' in reply
    ) {
      void showOnToolbar(reply.verdict as VerdictRow, [tabId]);
    }
    return reply;
  };
}
