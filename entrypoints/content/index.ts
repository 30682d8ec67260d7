import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchDwell } from '../../lib/content/dwell-watcher';
import { startLinkBadges } from '../../lib/content/link-badges';
import { watchPageVerdict } from '../../lib/content/page-verdict';
import { showWarningBanner } from '../../lib/content/warning-banner';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await sendRequest({ type: 'get-page-settings' });
    const lookup = (urls: string[]) => sendRequest({ type: 'get-verdicts', urls });
    const badges = startLinkBadges(document, { lookup }, ctx.signal);

    const pageUpdate =
      window.top === window
        ? await watchPageVerdict(location.href, settings.autoScanOnVisit, {
            scanPage: (url) => sendRequest({ type: 'scan', url, reason: 'page-visited' }),
            lookup: async (url) => (await lookup([url]))[0],
            onVerdict: (verdict) => showWarningBanner(document, verdict, ctx.signal),
          })
        : undefined;
    ctx.onInvalidated(
      onVerdictUpdate((url) => {
        badges.refresh(url);
        void pageUpdate?.(url);
      }),
    );

    watchDwell(document, {
      dwellMs: settings.dwellMs,
      signal: ctx.signal,
      onDwell: async (link) => {
        if (settings.autoScanOnHover) {
          const outcome = await sendRequest({ type: 'scan', url: link.href, reason: 'link-hovered' });
          if (outcome.status !== 'refused') badges.update(link, outcome.verdict);
        } else {
          const [verdict] = await lookup([link.href]);
          if (verdict) badges.update(link, verdict);
        }
      },
    });
  },
});
