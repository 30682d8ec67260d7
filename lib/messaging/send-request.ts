import { browser } from 'wxt/browser';
import { message } from '../i18n/message';
import type { Replies } from './handle-request';
import type { Reply, RequestInput, RequestType } from './messages';

/** Asks the background; throws with the background's own words when it refuses or fails. */
export async function sendRequest<T extends RequestType>(
  request: Extract<RequestInput, { type: T }>,
): Promise<Replies[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Replies[T]> | undefined;
  if (!reply) throw new Error(message('common.backgroundSilent'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
