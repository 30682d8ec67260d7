import type { BrowserContext } from '@playwright/test';
import { writeRows } from '../e2e/support/extension-state';
import { servePage } from '../e2e/support/fixture-pages';
import type { Extension } from '../e2e/support/launch';
import { type BenchSection, startScanlink } from './bench-context';
import { type Figure, median, percentile } from './figures';

const HISTORY_SIZE = 5_000;

function scanRow(i: number) {
  const kind = i % 3 === 0 ? 'malicious' : 'safe';
  return {
    url: `https://history-${i}.example/page`,
    kind,
    reasons: kind === 'malicious' ? ['Phishing'] : [],
    categories: [],
    scanId: `history-${i}`,
    title: `Page ${i}`,
    visibility: 'Unlisted',
    finishedAt: Date.now() - i * 60_000,
    reused: false,
  };
}

/**
 * Opens the popup page and reads, on the page's own clock (ms since navigation began), when the first
 * paint came and when the history had been painted (the frame after `historyShown` matched): the first
 * entry, or for an empty history the sentence saying so.
 */
async function openPopup(context: BrowserContext, extension: Extension, historyShown: string) {
  const page = await context.newPage();
  await page.addInitScript((shown) => {
    const marks: Record<string, number> = {};
    Object.assign(window, { popupMarks: marks });
    new MutationObserver((_, observer) => {
      if (!document.querySelector(shown)) return;
      observer.disconnect();
      // A frame is painted after the rAF callbacks that precede it; the next rAF runs after that paint.
      requestAnimationFrame(() => requestAnimationFrame(() => (marks.history = performance.now())));
    }).observe(document, { childList: true, subtree: true });
  }, historyShown);
  await page.goto(`chrome-extension://${extension.id}/popup.html`);
  const marks = await page.waitForFunction(() => {
    const { history } = (window as unknown as { popupMarks: Record<string, number> }).popupMarks;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return history !== undefined && paint !== undefined ? { history, paint } : undefined;
  });
  const result = (await marks.jsonValue()) as { history: number; paint: number };
  const shown = await page.locator('.history-items li').count();
  await page.close();
  return { ...result, shown };
}

export const popupLatency: BenchSection = {
  name: 'Popup latency',
  async measure(bench) {
    const runs = Math.max(5, bench.runs * 3);
    const scanlink = await startScanlink(bench, { form: { noVisitScans: true } });
    try {
      const { context, extension } = scanlink;
      await servePage(context, 'https://news.example/', '<!doctype html><title>News</title><h1>News</h1>');
      await (await context.newPage()).goto('https://news.example/');
      const measure = async (historyShown: string) => {
        const times = [];
        await openPopup(context, extension, historyShown); // warm: the worker and the page's code cache
        for (let run = 0; run < runs; run++) times.push(await openPopup(context, extension, historyShown));
        return times;
      };
      const empty = await measure('.history .hint');
      bench.log(`writing ${HISTORY_SIZE.toLocaleString('en-US')} history entries`);
      await writeRows(
        extension.worker,
        'scans',
        Array.from({ length: HISTORY_SIZE }, (_, i) => scanRow(i)),
      );
      const full = await measure('.history-items li');
      if (full.some((time) => time.shown === 0)) throw new Error('the popup showed no history');
      const history = full.map((time) => time.history);
      const section = 'Latency';
      const note = `popup.html in a tab; ${full[0]?.shown} newest entries listed; page clock from navigation`;
      return [
        {
          section,
          name: `popup with ${HISTORY_SIZE.toLocaleString('en-US')} history entries → history painted, median`,
          value: median(history),
          unit: 'ms',
          baseline: { value: median(empty.map((time) => time.history)), label: 'empty history' },
          target: { limit: 150, kind: 'max' },
          samples: runs,
          note,
        },
        {
          section,
          name: `popup with ${HISTORY_SIZE.toLocaleString('en-US')} history entries → history painted, p95`,
          value: percentile(history, 95),
          unit: 'ms',
          samples: runs,
          note,
        },
        {
          section,
          name: 'popup first contentful paint, median',
          value: median(full.map((time) => time.paint)),
          unit: 'ms',
          baseline: { value: median(empty.map((time) => time.paint)), label: 'empty history' },
          samples: runs,
        },
      ] satisfies Figure[];
    } finally {
      await scanlink.close();
    }
  },
};
