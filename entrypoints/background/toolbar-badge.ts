import { browser } from 'wxt/browser';
import type { VerdictRow } from '../../lib/db/rows';
import type { Sender } from '../../lib/messaging/messages';
import { TOOLBAR_BADGE } from '../../lib/scan/toolbar-badge';
import { normaliseUrl } from '../../lib/url/normalise-url';

/** Shows the verdict on the toolbar icon of each tab whose page it is about (Chrome clears it on navigation). */
export async function showOnToolbar(verdict: Pick<VerdictRow, 'url' | 'kind'>, tabIds: readonly number[]) {
  const badge = TOOLBAR_BADGE[verdict.kind];
  for (const tabId of tabIds) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab?.url || normaliseUrl(tab.url) !== verdict.url) continue;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title: badge.title }),
    ]).catch(() => {});
  }
}

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
