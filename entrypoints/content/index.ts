import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentLifetime } from '../../lib/content/content-lifetime';
import { watchDwell } from '../../lib/content/dwell-watcher';
import { startHoverCards } from '../../lib/content/hover-card';
import { createKnownVerdicts } from '../../lib/content/known-verdicts';
import { startLinkBadges } from '../../lib/content/link-badges';
import { watchLinkClicks } from '../../lib/content/link-clicks';
import { watchPageVerdict } from '../../lib/content/page-verdict';
import { createWarningBanner } from '../../lib/content/warning-banner';
import { preloadMessages } from '../../lib/i18n/message';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const signal = contentLifetime(ctx);
    preloadMessages();
    // The first lookup goes out with the settings request, before the browser gets busy with the page's
    // load; drawing waits for both answers.
    const pageSettings = sendRequest({ type: 'get-page-settings' });
    const lookup = (urls: string[]) => sendRequest({ type: 'get-verdicts', urls });
    const known = createKnownVerdicts();
    const badges = startLinkBadges(document, { lookup }, signal, {
      showSafe: pageSettings.then((settings) => settings.showSafeBadges),
      known,
    });
    const settings = await pageSettings;
    const cards = startHoverCards(
      document,
      { loadCard: (url, linkText) => sendRequest({ type: 'get-link-card', url, linkText }) },
      signal,
    );
    const scanLink = async (link: HTMLAnchorElement, reason: 'link-hovered' | 'link-clicked') => {
      const outcome = await sendRequest({ type: 'scan', url: link.href, reason });
      if (outcome.status !== 'refused') badges.update(link, outcome.verdict);
    };

    watchLinkClicks(
      document,
      {
        strictMode: settings.strictMode,
        isKnownSafe: known.isKnownSafe,
        scan: (link) => (settings.autoScanOnClick ? scanLink(link, 'link-clicked') : Promise.resolve()),
        hold: (link, newTab) => sendRequest({ type: 'hold-navigation', url: link.href, newTab }),
      },
      signal,
    );
    // Pointer listeners make Chromium run a frame: they start with the first badges, in their frame
    // (see links-near-viewport.ts). Nobody dwells on a link that soon.
    void badges.firstLook.then(() =>
      watchDwell(document, {
        dwellMs: settings.dwellMs,
        signal: signal,
        onDwell: (link) => {
          const checked = settings.autoScanOnHover
            ? scanLink(link, 'link-hovered')
            : lookup([link.href]).then(([verdict]) => verdict && badges.update(link, verdict));
          cards.open(link, checked);
        },
        onLeave: (link) => cards.close(link),
      }),
    );

    let pageUpdate: ((url: string) => Promise<void>) | undefined;
    const stopUpdates = onVerdictUpdate((url) => {
      badges.refresh(url);
      cards.refresh(url);
      void pageUpdate?.(url);
    });
    signal.addEventListener('abort', stopUpdates);
    if (window.top === window) {
      const banner = createWarningBanner(document, signal, {
        trustSite: () => sendRequest({ type: 'trust-site', url: location.href }),
        openReport: () => sendRequest({ type: 'open-report' }),
      });
      pageUpdate = await watchPageVerdict(location.href, settings, {
        scanPage: (url) => sendRequest({ type: 'scan', url, reason: 'page-visited' }),
        lookup: async (url) => (await sendRequest({ type: 'get-verdict', url })) ?? undefined,
        onVerdict: (verdict) => banner.show(verdict),
      });
    }
  },
});
