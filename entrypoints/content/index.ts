import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchDwell } from '../../lib/content/dwell-watcher';
import { startLinkBadges } from '../../lib/content/link-badges';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await sendRequest({ type: 'get-page-settings' });
    const badges = startLinkBadges(
      document,
      { lookup: (urls) => sendRequest({ type: 'get-verdicts', urls }) },
      ctx.signal,
    );
    ctx.onInvalidated(onVerdictUpdate((url) => badges.refresh(url)));

    watchDwell(document, {
      dwellMs: settings.dwellMs,
      signal: ctx.signal,
      onDwell: async (link) => {
        if (settings.autoScanOnHover) {
          const outcome = await sendRequest({ type: 'scan', url: link.href, reason: 'link-hovered' });
          if (outcome.status !== 'refused') badges.update(link, outcome.verdict);
        } else {
          const [verdict] = await sendRequest({ type: 'get-verdicts', urls: [link.href] });
          if (verdict) badges.update(link, verdict);
        }
      },
    });
  },
});
