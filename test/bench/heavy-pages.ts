import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { writeRows } from '../e2e/support/extension-state';
import { type BenchContext, type BenchSection, startPlainChromium, startScanlink } from './bench-context';
import { type Figure, median } from './figures';
import { HEAVY_ORIGIN, heavyPage, heavyVerdictRows, MARK } from './page-heavy';
import { ownMs, readTaskTrace, readTimeline, startTrace } from './trace-tasks';

const SIZES = { small: [1_000, 10_000], full: [1_000, 10_000, 100_000] } as const;
/** After `load`, long enough for the content script to start, badge the viewport and go quiet. */
const SETTLE_MS = 2_000;
const MB = 1024 * 1024;
const WITHOUT = 'without Scanlink';

/**
 * One load under the task trace (see `tracedLoadOnce`): what only a full trace can attribute. The trace
 * makes Blink count every layout object at each layout (15–20 ms at 100,000 links), so its times run
 * high, and highest for the side that causes more layouts.
 */
interface TracedLoad {
  taskMs: number;
  /** Chrome's page-text capture (see trace-tasks.ts), in whichever task it ran. */
  textCaptureMs: number;
  /** Only with Scanlink: */
  longestTaskMs?: number;
  /** The longest task Scanlink causes, less the page-text capture that ran in it. */
  longestOwnTaskMs?: number;
  /** The page-text capture that ran in Scanlink's tasks. */
  textCaptureInScanlinkMs?: number;
  scanlinkTaskMs?: number;
  scrollBadgedMs?: number;
  scrolledLinks?: number;
}

/** One load without the task trace (see `untracedLoadOnce`): what the page and the person get. */
interface UntracedLoad {
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  /** Frames of over 50 ms. */
  longFrames: number;
  longestFrameMs: number;
  /** Only with Scanlink, from the content script's start: */
  viewportBadgedMs?: number;
  viewportRenderedMs?: number;
  /** The task of the frame that badged the viewport, and the same less Chrome's page-text capture in it. */
  badgeFrameMs?: number;
  badgeFrameOwnMs?: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Jumps to the middle of the page through the probe; answers how many links the new viewport holds. */
function scrollToMiddle(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scrollTo = (window as unknown as { benchScrollTo(y: number): number }).benchScrollTo;
    return scrollTo(Math.round(document.documentElement.scrollHeight / 2));
  });
}

function markTime(page: Page, name: string): Promise<number | undefined> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime, name);
}

/**
 * Opens a new tab on a small page of the same site (so the heavy page loads in a renderer whose counters
 * are already running), then loads the page with `links` links under a trace, `light` or not, and waits
 * `SETTLE_MS`. Answers the tab, the trace's events and the time the renderer's counters spent meanwhile.
 */
async function loadHeavyPage(context: BrowserContext, links: number, { light }: { light: boolean }) {
  const page = await context.newPage();
  try {
    await page.goto(`${HEAVY_ORIGIN}/blank`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    const stopTrace = await startTrace(cdp, { light });
    const url = `${HEAVY_ORIGIN}/links-${links}`;
    await page.goto(url, { timeout: 120_000 });
    await page.waitForTimeout(SETTLE_MS);
    const after = await metrics(cdp);
    const events = await stopTrace();
    /** Milliseconds a duration counter (`TaskDuration`, `ScriptDuration`) grew by over the load. */
    const spentMs = (counter: string) => ((after[counter] ?? 0) - (before[counter] ?? 0)) * 1000;
    return { page, cdp, url, events, spentMs };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * One traced load of the page with `links` links: the page, `SETTLE_MS` of quiet, and (with Scanlink)
 * one jump to the middle of the page.
 */
async function tracedLoadOnce(
  context: BrowserContext,
  links: number,
  extensionId?: string,
): Promise<TracedLoad> {
  const { page, url, events, spentMs } = await loadHeavyPage(context, links, { light: false });
  try {
    const taskMs = spentMs('TaskDuration');
    if (!extensionId)
      return { taskMs, textCaptureMs: readTimeline(events, url, 'chrome-extension://none/').textCaptureMs };
    const { scanlinkTasks: tasks, textCaptureMs } = readTaskTrace(
      events,
      url,
      `chrome-extension://${extensionId}/`,
    );

    const scrolledLinks = await scrollToMiddle(page);
    await page
      .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK.scrollBadged, {
        polling: 50,
        timeout: 10_000,
      })
      .catch(() => undefined);
    const [start, end] = await Promise.all([
      markTime(page, MARK.scrollStart),
      markTime(page, MARK.scrollBadged),
    ]);
    return {
      taskMs,
      textCaptureMs,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.ms)),
      longestOwnTaskMs: Math.max(0, ...tasks.map(ownMs)),
      textCaptureInScanlinkMs: tasks.reduce((sum, task) => sum + task.textCaptureMs, 0),
      scanlinkTaskMs: tasks.reduce((sum, task) => sum + task.ms, 0),
      scrollBadgedMs: start !== undefined && end !== undefined ? end - start : Number.NaN,
      scrolledLinks,
    };
  } finally {
    await page.close();
  }
}

/**
 * One load without the task trace: the page, `SETTLE_MS` of quiet, the jump to the middle and a second of
 * quiet. Task and script time and the heap come from the renderer's own counters. It counts the Long
 * Animation Frames (the browser's own record of every frame or task over 50 ms) that began after the
 * probe's work at parse, when content scripts start; the bench pages run no script after that. A light
 * trace (script compiles, tasks, Chrome's page-text capture and page marks; no layout events; on both
 * sides alike) times the viewport's badges from the content script's start, and their frame's task.
 */
async function untracedLoadOnce(
  context: BrowserContext,
  links: number,
  extensionId?: string,
): Promise<UntracedLoad> {
  const { page, cdp, url, events, spentMs } = await loadHeavyPage(context, links, { light: true });
  try {
    const timeline = readTimeline(events, url, `chrome-extension://${extensionId ?? 'none'}/`);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await metrics(cdp)).JSHeapUsedSize ?? Number.NaN;
    await scrollToMiddle(page);
    await page.waitForTimeout(1_000);
    const durations = await page.evaluate(
      (parsedMark) =>
        new Promise<number[]>((resolve) => {
          const parsed = performance.getEntriesByName(parsedMark)[0]?.startTime ?? Number.POSITIVE_INFINITY;
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries().flatMap((e) => (e.startTime >= parsed ? [e.duration] : [])));
          }).observe({ type: 'long-animation-frame', buffered: true });
          // No entry at all calls no observer: answer after the buffered ones would have been delivered.
          setTimeout(() => resolve([]), 500);
        }),
      MARK.parsed,
    );
    const sinceStart = (mark: string) => {
      const at = timeline.marks.get(mark);
      const start = timeline.contentScriptStart;
      return at !== undefined && start !== undefined ? at - start : Number.NaN;
    };
    const badgeFrame = timeline.markTasks.get(MARK.viewportBadged);
    return {
      taskMs: spentMs('TaskDuration'),
      scriptMs: spentMs('ScriptDuration'),
      heapBytes,
      longFrames: durations.length,
      longestFrameMs: Math.max(0, ...durations),
      ...(extensionId
        ? {
            viewportBadgedMs: sinceStart(MARK.viewportBadged),
            viewportRenderedMs: sinceStart(MARK.viewportRendered),
            badgeFrameMs: badgeFrame?.ms ?? Number.NaN,
            badgeFrameOwnMs: badgeFrame ? ownMs(badgeFrame) : Number.NaN,
          }
        : {}),
    };
  } finally {
    await page.close();
  }
}

function serveHeavyPages(context: BrowserContext) {
  const pages = new Map<number, string>();
  return context.route(`${HEAVY_ORIGIN}/**`, (route) => {
    const links = Number(/\/links-(\d+)$/.exec(route.request().url())?.[1] ?? 0);
    let html = pages.get(links);
    if (html === undefined) {
      html = links > 0 ? heavyPage(links) : '<!doctype html><title>Start</title><p>Start';
      pages.set(links, html);
    }
    return route.fulfill({ contentType: 'text/html', body: html });
  });
}

const pick = <T>(loads: readonly T[], key: keyof T) =>
  loads.map((load) => load[key]).filter((value): value is T[keyof T] & number => Number.isFinite(value));

/** The loads of one page size, with and without Scanlink, alternating. */
interface Pairs<T> {
  with: T[];
  without: T[];
}

/** `compare(with, without)` for each alternating pair. */
const perPair = <T>(
  { with: withLoads, without }: Pairs<T>,
  compare: (withLoad: T, withoutLoad: T) => number,
) =>
  withLoads.map((load, i) => {
    const other = without[i];
    return other === undefined ? Number.NaN : compare(load, other);
  });
const pairDifferences = <T>(loads: Pairs<T>, value: (load: T) => number) =>
  perPair(loads, (a, b) => value(a) - value(b));
/** Median extra task time with Scanlink, as a share of the page's own. */
const extraShare = (loads: Pairs<{ taskMs: number }>) =>
  median(perPair(loads, (a, b) => (100 * (a.taskMs - b.taskMs)) / b.taskMs));

function figuresFor(links: number, traced: Pairs<TracedLoad>, untraced: Pairs<UntracedLoad>): Figure[] {
  const label = `${links.toLocaleString('en-US')} links`;
  const section = 'Heavy pages';
  const n = untraced.with.length;
  const baseline = (key: 'taskMs' | 'scriptMs') => ({
    value: median(pick(untraced.without, key)),
    label: WITHOUT,
  });
  const extraMs = median(pairDifferences(untraced, (load) => load.taskMs));
  const scrolled = median(pick(traced.with, 'scrolledLinks'));
  const badgeFrames = pick(untraced.with, 'badgeFrameMs');
  const badgeFramesOwn = pick(untraced.with, 'badgeFrameOwnMs');
  return [
    {
      section,
      name: `main-thread task time, load + ${SETTLE_MS / 1000} s, ${label}`,
      value: median(pick(untraced.with, 'taskMs')),
      unit: 'ms',
      baseline: baseline('taskMs'),
      samples: n,
      note: 'untraced: CDP Performance.getMetrics TaskDuration of the page’s renderer, navigation to end of settle; all links’ verdicts cached, “Scan pages I visit” off',
    },
    {
      section,
      name: `extra main-thread time, ${label}`,
      value: extraShare(untraced),
      unit: '%',
      ...(links === 10_000 ? { target: { limit: 10, kind: 'max' as const } } : {}),
      samples: n,
      note: `untraced (only the light trace of script compiles, tasks, the page-text capture and page marks runs, on both sides), median of (with − without) / without over alternating pairs; median extra ${extraMs.toFixed(0)} ms. Under the task trace, which inflates every layout Scanlink causes: ${extraShare(traced).toFixed(1)} %`,
    },
    {
      section,
      name: `script time, ${label}`,
      value: median(pick(untraced.with, 'scriptMs')),
      unit: 'ms',
      baseline: baseline('scriptMs'),
      samples: n,
      note: 'untraced ScriptDuration delta (all worlds: the page’s and the content script’s)',
    },
    {
      section,
      name: `longest task Scanlink causes, traced, ${label}`,
      value: median(pick(traced.with, 'longestTaskMs')),
      unit: 'ms',
      samples: traced.with.length,
      note: 'trace: longest main-thread task running the content script, its badge-drawing frames included with their layout, paint and commit, and with whatever Chrome runs in them (the page-text capture below). Tracing inflates it: Blink counts every layout object for each Layout event (15–20 ms at 100,000 links)',
    },
    {
      section,
      name: `longest task Scanlink causes, less Chrome’s page-text capture in it, traced, ${label}`,
      value: median(pick(traced.with, 'longestOwnTaskMs')),
      unit: 'ms',
      samples: traced.with.length,
      note: 'the same task without the page-text capture Chrome ran inside it; still inflated by the trace (the untraced badge frame below holds the target)',
    },
    {
      section,
      name: `the badge frame’s task, untraced, ${label}`,
      value: median(badgeFrames),
      unit: 'ms',
      samples: badgeFrames.length,
      note: 'light trace of the untraced loads: the main-thread task in which the viewport’s badges were drawn (the content script’s animation frame, layout, paint, commit), with the page-text capture Chrome ran in it when it was the first frame after `load`',
    },
    {
      section,
      name: `the badge frame’s task less Chrome’s page-text capture in it, untraced, ${label}`,
      value: median(badgeFramesOwn),
      unit: 'ms',
      target: { limit: 50, kind: 'max' },
      samples: badgeFramesOwn.length,
      note: 'the same task without ChromeRenderFrameObserver::CapturePageText. Only the badge frame: the traced figures above cover every task of Scanlink’s',
    },
    {
      section,
      name: `Chrome’s page-text capture, traced, ${label}`,
      value: median(pick(traced.with, 'textCaptureMs')),
      unit: 'ms',
      baseline: { value: median(pick(traced.without, 'textCaptureMs')), label: WITHOUT },
      samples: traced.with.length,
      note: `ChromeRenderFrameObserver::CapturePageText (Translate, phishing classifier), all of it on the page’s main thread. Traced by hand, Chrome runs it in the first frame after parsing and in the first frame after \`load\`; Scanlink’s content script holds \`load\` until it has run, so the second can come in Scanlink’s first frame instead of the page’s own: ${median(pick(traced.with, 'textCaptureInScanlinkMs')).toFixed(1)} ms of it ran in Scanlink’s tasks`,
    },
    {
      section,
      name: `frames over 50 ms that Scanlink adds, untraced, ${label}`,
      value: median(pairDifferences(untraced, (load) => load.longFrames)),
      unit: 'frames',
      target: { limit: 0, kind: 'max' },
      samples: n,
      note: `Long Animation Frames after the page is parsed, load + ${SETTLE_MS / 1000} s + a jump to the middle, with − without over alternating pairs; with: ${untraced.with.map((f) => f.longFrames).join(', ')} (longest ${Math.max(...untraced.with.map((f) => f.longestFrameMs)).toFixed(0)} ms), without: ${untraced.without.map((f) => f.longFrames).join(', ')}`,
    },
    {
      section,
      name: `Scanlink’s attributed task time, ${label}`,
      value: median(pick(traced.with, 'scanlinkTaskMs')),
      unit: 'ms',
      samples: traced.with.length,
      note: 'trace: sum of those tasks; compare across sizes: it follows the links in view, not on the page',
    },
    {
      section,
      name: `viewport badged after content script start, ${label}`,
      value: median(pick(untraced.with, 'viewportBadgedMs')),
      unit: 'ms',
      target: { limit: 100, kind: 'max' },
      samples: n,
      note: 'light trace of the untraced loads: content script’s compile → page mark once every link in the viewport has its badge in the layer’s shadow root (drawn; painted in that frame)',
    },
    {
      section,
      name: `viewport badged and rendered, ${label}`,
      value: median(pick(untraced.with, 'viewportRenderedMs')),
      unit: 'ms',
      samples: n,
      note: 'as above, to the first task after that frame: its layout, paint and commit done, and whatever Chrome ran in it (the page-text capture, when it was the first frame after `load`)',
    },
    {
      section,
      name: `links badged after scrolling to the middle, ${label}`,
      value: median(pick(traced.with, 'scrollBadgedMs')),
      unit: 'ms',
      samples: traced.with.length,
      note: `page marks, after the trace stopped: scrollTo → every link of the new viewport (${scrolled}) badged`,
    },
  ];
}

export const heavyPages: BenchSection = {
  name: 'Heavy pages',
  async measure(bench: BenchContext) {
    const sizes = SIZES[bench.size];
    const largest = Math.max(...sizes);
    const scanlink = await startScanlink(bench, { form: { noVisitScans: true } });
    const plain = await startPlainChromium(bench);
    try {
      await writeRows(scanlink.extension.worker, 'verdicts', heavyVerdictRows(largest));
      await serveHeavyPages(scanlink.context);
      await serveHeavyPages(plain);
      const id = scanlink.extension.id;
      // One untimed load each, so neither side pays for first-use costs (code caches, fonts).
      await tracedLoadOnce(scanlink.context, sizes[0], id);
      await tracedLoadOnce(plain, sizes[0]);

      const results = new Map(
        sizes.map((links) => [
          links,
          {
            traced: { with: [], without: [] } as Pairs<TracedLoad>,
            untraced: { with: [], without: [] } as Pairs<UntracedLoad>,
          },
        ]),
      );
      for (let run = 0; run < bench.runs; run += 1) {
        for (const links of sizes) {
          const slot = results.get(links);
          if (!slot) continue;
          const withScanlink = async () => {
            slot.traced.with.push(await tracedLoadOnce(scanlink.context, links, id));
            slot.untraced.with.push(await untracedLoadOnce(scanlink.context, links, id));
          };
          const withoutScanlink = async () => {
            slot.traced.without.push(await tracedLoadOnce(plain, links));
            slot.untraced.without.push(await untracedLoadOnce(plain, links));
          };
          // Alternate which goes first, so drift on a shared machine does not favour one side.
          if (run % 2 === 0) {
            await withScanlink();
            await withoutScanlink();
          } else {
            await withoutScanlink();
            await withScanlink();
          }
          const traced = slot.traced.with.at(-1);
          const untraced = slot.untraced.with.at(-1);
          bench.log(
            `heavy ${links}: task ${untraced?.taskMs.toFixed(0)} vs ${slot.untraced.without.at(-1)?.taskMs.toFixed(0)} ms, longest traced ${traced?.longestTaskMs?.toFixed(1)} ms (${traced?.longestOwnTaskMs?.toFixed(1)} ms without Chrome’s page-text capture), frames over 50 ms ${untraced?.longFrames} vs ${slot.untraced.without.at(-1)?.longFrames}, viewport ${untraced?.viewportBadgedMs?.toFixed(1)} ms (rendered ${untraced?.viewportRenderedMs?.toFixed(1)} ms, frame ${untraced?.badgeFrameMs?.toFixed(1)} ms, ${untraced?.badgeFrameOwnMs?.toFixed(1)} ms without Chrome’s page-text capture), scroll ${traced?.scrollBadgedMs?.toFixed(1)} ms`,
          );
        }
      }

      const figures = sizes.flatMap((links) => {
        const slot = results.get(links);
        return slot ? figuresFor(links, slot.traced, slot.untraced) : [];
      });
      const memory = results.get(10_000)?.untraced;
      if (memory) {
        const extra = pairDifferences(memory, (load) => load.heapBytes);
        figures.push({
          section: 'Weight',
          name: 'content-script JS heap, 10,000-link page',
          value: median(extra) / MB,
          unit: 'MB',
          target: { limit: 5, kind: 'max' },
          samples: extra.length,
          note: `JSHeapUsedSize after a forced GC, with − without (${(median(pick(memory.with, 'heapBytes')) / MB).toFixed(1)} vs ${(median(pick(memory.without, 'heapBytes')) / MB).toFixed(1)} MB)`,
        });
      }
      return figures;
    } finally {
      await plain.close();
      await scanlink.close();
    }
  },
};
