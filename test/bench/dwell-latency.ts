import { writeRows } from '../e2e/support/extension-state';
import { type BenchContext, type BenchSection, startScanlink } from './bench-context';
import { type Figure, median, percentile } from './figures';
import { heavyLinkUrl, heavyVerdictRows } from './page-heavy';

const PAGE_URL = 'https://dwell.example/';
const LINKS = 24;
/** The "Show the card after resting on a link for" setting's default (lib/settings/settings-schema.ts). */
const DWELL_MS = 500;

/**
 * Records, in the page's own world, when the pointer entered each link (the trusted `pointerover`'s
 * timestamp, the same event the dwell timer starts from) and when the card for it was in the DOM of
 * Scanlink's open shadow root with its verdict (a mutation observer runs right after the card is drawn,
 * in the animation frame that paints it).
 */
const PROBE = `(() => {
  const entered = new Map();
  const shown = new Map();
  window.benchDwell = { entered, shown };
  addEventListener('pointerover', (event) => {
    const link = event.target instanceof Element && event.target.closest('a');
    if (link && event.isTrusted) entered.set(link.href, event.timeStamp);
  }, true);
  const watch = (root) => new MutationObserver(() => {
    const card = root.querySelector('.card');
    const label = card && card.getAttribute('aria-label');
    const match = label && /^Scanlink verdict for (.*)$/.exec(label);
    if (match && !shown.has(match[1])) shown.set(match[1], performance.now());
  }).observe(root, { childList: true, subtree: true, attributes: true });
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.localName === 'scanlink-card' && node.shadowRoot) watch(node.shadowRoot);
    }
  }).observe(document.documentElement, { childList: true });
})();`;

function dwellPage(): string {
  const links = Array.from(
    { length: LINKS },
    (_, i) => `<p>Item ${i + 1}: read <a id="l${i}" href="${heavyLinkUrl(i)}">the article</a> today.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dwell</title>
<script>${PROBE}</script>
<style>body{margin:1rem 2rem;font:14px/1.2 sans-serif;columns:2} p{margin:0 0 10px}</style>
</head><body>${links.join('\n')}</body></html>`;
}

export const dwellLatency: BenchSection = {
  name: 'Dwell latency',
  async measure(bench: BenchContext): Promise<Figure[]> {
    const dwells = bench.size === 'small' ? 8 : 20;
    const scanlink = await startScanlink(bench, { form: { noVisitScans: true } });
    try {
      await writeRows(scanlink.extension.worker, 'verdicts', heavyVerdictRows(LINKS));
      await scanlink.context.route(PAGE_URL, (route) =>
        route.fulfill({ contentType: 'text/html', body: dwellPage() }),
      );
      const page = await scanlink.context.newPage();
      await page.goto(PAGE_URL);
      // Every link's badge is drawn from the cache before the first dwell.
      await page.waitForFunction(
        (count) =>
          (document.querySelector('scanlink-badges')?.shadowRoot?.querySelectorAll('.badge').length ?? 0) >=
          count,
        LINKS,
      );
      const latencies: number[] = [];
      for (let i = 0; i < dwells; i += 1) {
        // Away from every link (the right margin, past the second column), and the last card gone.
        await page.mouse.move(1_270, 700);
        await page.waitForFunction(
          () => !document.querySelector('scanlink-card')?.shadowRoot?.querySelector('.card'),
        );
        await page.waitForTimeout(50);
        const link = page.locator(`#l${i % LINKS}`);
        const href = heavyLinkUrl(i % LINKS);
        await page.evaluate((url) => {
          const state = (
            window as unknown as { benchDwell: { entered: Map<string, number>; shown: Map<string, number> } }
          ).benchDwell;
          state.entered.delete(url);
          state.shown.delete(url);
        }, href);
        await link.hover();
        const latency = await page.waitForFunction(
          ([url, dwellMs]) => {
            const { entered, shown } = (
              window as unknown as {
                benchDwell: { entered: Map<string, number>; shown: Map<string, number> };
              }
            ).benchDwell;
            const start = entered.get(url as string);
            const end = shown.get(url as string);
            return start !== undefined && end !== undefined ? end - (start + (dwellMs as number)) : undefined;
          },
          [href, DWELL_MS] as const,
          { polling: 50, timeout: 10_000 },
        );
        latencies.push((await latency.jsonValue()) as number);
      }
      await page.close();
      bench.log(`dwell: ${latencies.map((ms) => ms.toFixed(1)).join(' ')} ms`);
      const note = `pointer entered + dwellMs (${DWELL_MS} ms, the default; the card waits for it on purpose) → card with the cached verdict in the DOM, drawn in its animation frame; real mouse moves, verdicts cached`;
      return [
        {
          section: 'Latency',
          name: 'dwell → hover card, cached verdict, median (after the dwell time)',
          value: median(latencies),
          unit: 'ms',
          target: { limit: 50, kind: 'max' },
          samples: latencies.length,
          note,
        },
        {
          section: 'Latency',
          name: 'dwell → hover card, cached verdict, p95 (after the dwell time)',
          value: percentile(latencies, 95),
          unit: 'ms',
          target: { limit: 50, kind: 'max' },
          samples: latencies.length,
          note,
        },
      ];
    } finally {
      await scanlink.close();
    }
  },
};
