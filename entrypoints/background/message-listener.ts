import { type Browser, browser } from 'wxt/browser';
import { t } from '../../lib/i18n/translate';
import {
  isAllowedFrom,
  type Reply,
  requestSchema,
  type Sender,
  type SenderKind,
} from '../../lib/messaging/messages';

type Handler = (request: ReturnType<typeof requestSchema.parse>, sender: Sender) => Promise<unknown>;

function senderKind(sender: Browser.runtime.MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const extensionOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  return sender.tab ? 'content-script' : undefined;
}

/**
 * Every message is parsed and its sender checked before anything runs. The listener is an async
 * function on purpose: Chrome only delivers a reply from a native Promise.
 */
export function listenForRequests(handle: Handler): void {
  browser.runtime.onMessage.addListener(async (message: unknown, sender): Promise<Reply<unknown>> => {
    const kind = senderKind(sender);
    const parsed = requestSchema.safeParse(message);
    if (!kind || !parsed.success) {
      if (import.meta.env.DEV) console.warn('Scanlink refused a message', message, parsed.error?.issues);
      return { ok: false, error: t('errors.request.malformed') };
    }
    if (!isAllowedFrom(kind, parsed.data)) return { ok: false, error: t('errors.request.notAllowed') };
    try {
      const from: Sender = {
        kind,
        ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
        ...(sender.url === undefined ? {} : { url: sender.url }),
      };
      return { ok: true, value: await handle(parsed.data, from) };
    } catch (error) {
      console.error('Scanlink: request failed', parsed.data.type, error);
      return { ok: false, error: error instanceof Error ? error.message : t('errors.request.failed') };
    }
  });
}
