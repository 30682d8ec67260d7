import type { CDPSession } from '@playwright/test';

/** The fields of a Chrome trace event this reads. */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; documentLoaderURL?: string; functionName?: string };
    src_func?: string;
  };
}

/** How long a main-thread task took, and how much of that was Chrome's page-text capture (see `TEXT_CAPTURE`). */
export interface TaskTime {
  ms: number;
  textCaptureMs: number;
}

/** A task's time less Chrome's page-text capture in it: the part that was the task's own. */
export const ownMs = (task: TaskTime) => task.ms - task.textCaptureMs;

/**
 * When the content script started, the marks the page left and the tasks they were left in, and Chrome's
 * page-text capture, from one trace (light or not).
 */
export interface Timeline {
  /** When the content script was first compiled or evaluated (trace clock, ms). */
  contentScriptStart?: number;
  /** Trace time (ms) of each performance mark the page left, by name. */
  marks: Map<string, number>;
  /** The outermost main-thread task each mark was left in, by the mark's name. */
  markTasks: Map<string, TaskTime>;
  /** All of Chrome's page-text capture on the page's main thread, whoever's task it ran in, ms. */
  textCaptureMs: number;
}

/** What the page's renderer main thread and our content script did, from one trace. */
export interface TaskTrace extends Timeline {
  /** Every task on the page's main thread after navigation started, in ms. */
  taskMs: number[];
  /** The tasks Scanlink's content script caused (see `readTaskTrace`). */
  scanlinkTasks: TaskTime[];
  /** Time inside script in those tasks (outermost calls only), ms. */
  scanlinkScriptMs: number;
}

/**
 * Chrome captures the page's text (for Translate's language detection and its phishing classifier) in
 * the first frame after the page is parsed, and again in the first frame after its `load` event, inside
 * that frame's lifecycle update: at 100,000 links 140–180 ms after parsing and 46–50 ms after `load`
 * (traced). It is Chrome's work, whichever frame it lands in, and it runs with or without Scanlink.
 */
const TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

// Tasks and what runs in them (devtools.timeline), the task's poster (toplevel), page marks, and Chrome's
// page-text capture (renderer).
const TASK_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'renderer',
];
/**
 * Only script compiles (`v8.compile`, which names the script), page marks, tasks and the page-text
 * capture. `devtools.timeline` makes Blink count every layout object at each layout (15–20 ms a layout
 * at 100,000 links); this does not.
 */
const LIGHT_CATEGORIES = ['v8', 'blink.user_timing', 'toplevel', 'renderer'];
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'RunMicrotasks', 'v8.compile']);

/**
 * Starts tracing the browser, `light` for no more than `readTimeline` needs; the returned function stops
 * and hands back every event.
 */
export async function startTrace(
  cdp: CDPSession,
  { light = false } = {},
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: light ? LIGHT_CATEGORIES : TASK_CATEGORIES },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

const within = (outer: TraceEvent, inner: TraceEvent) =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/**
 * Reads the trace of `pageUrl`'s load. A task counts as Scanlink's when its script runs in it, except a
 * rendering frame in which Scanlink only answered an observer callback: that frame is the page's own
 * (it would have run anyway). Frames in which Scanlink's animation-frame callback drew badges are its.
 * `scriptUrlPrefix` names Scanlink's scripts (`chrome-extension://<id>/`).
 */
export function readTaskTrace(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptUrlPrefix: string,
): TaskTrace {
  const { onMain, ours, timeline, timeOf } = mainThread(events, pageUrl, scriptUrlPrefix);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ph === 'X');

  // The bench pages run no script of their own but a probe (the page URL's): every other script on this
  // thread is Scanlink's, including promise continuations, which the trace does not name a script for.
  const pageScript = (e: TraceEvent) => e.args?.data?.url === pageUrl;
  const scanlinkTasks: TaskTime[] = [];
  let scanlinkScriptMs = 0;
  for (const task of tasks) {
    const inside = scripts.filter((e) => within(task, e));
    if (!inside.some(ours) && (inside.length === 0 || inside.some(pageScript))) continue;
    const frames = onMain.filter((e) => e.name === 'FireAnimationFrame' && within(task, e));
    const isFrame =
      frames.length > 0 || onMain.some((e) => e.name === 'AnimationFrame::Render' && within(task, e));
    const drewInFrame = frames.some((frame) => inside.some((e) => ours(e) && within(frame, e)));
    if (isFrame && !drewInFrame) continue;
    scanlinkTasks.push(timeOf(task));
    // Outermost script calls only: nested ones are already inside their caller's duration.
    let coveredUntil = Number.NEGATIVE_INFINITY;
    for (const e of inside) {
      if (pageScript(e) || e.ts < coveredUntil) continue;
      scanlinkScriptMs += (e.dur ?? 0) / 1000;
      coveredUntil = e.ts + (e.dur ?? 0);
    }
  }
  return {
    ...timeline,
    taskMs: tasks.map((task) => (task.dur ?? 0) / 1000),
    scanlinkTasks,
    scanlinkScriptMs,
  };
}

/** The content script's start and the page's marks in a trace of `pageUrl`'s load (light or not). */
export function readTimeline(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptUrlPrefix: string,
): Timeline {
  return mainThread(events, pageUrl, scriptUrlPrefix).timeline;
}

/** The page's main-thread events since its navigation, which are Scanlink's, the timeline, and a task's time. */
function mainThread(events: readonly TraceEvent[], pageUrl: string, scriptUrlPrefix: string) {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl,
  );
  if (!navigation) throw new Error(`the trace has no navigation to ${pageUrl}`);
  const onMain = events
    .filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ts >= navigation.ts)
    .sort((a, b) => a.ts - b.ts);
  const ours = (e: TraceEvent) => e.args?.data?.url?.startsWith(scriptUrlPrefix) === true;
  // EvaluateScript in a full trace, v8.compile (inside it) in a light one.
  const start = onMain.find((e) => (e.name === 'EvaluateScript' || e.name === 'v8.compile') && ours(e));
  const markEvents = events.filter(
    (e) => e.pid === navigation.pid && e.cat.includes('blink.user_timing') && e.ts >= navigation.ts,
  );
  const textCaptures = onMain.filter((e) => e.name === TEXT_CAPTURE && e.ph === 'X');
  const timeOf = (task: TraceEvent): TaskTime => ({
    ms: (task.dur ?? 0) / 1000,
    textCaptureMs: totalMs(textCaptures.filter((e) => within(task, e))),
  });
  // The scheduler's own task event (toplevel), in both kinds of trace.
  const schedulerTasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  const markTasks = new Map(
    markEvents.flatMap((mark) => {
      const task = schedulerTasks.find((t) => within(t, mark));
      return task ? [[mark.name, timeOf(task)] as const] : [];
    }),
  );
  const timeline: Timeline = {
    marks: new Map(markEvents.map((e) => [e.name, e.ts / 1000] as const)),
    markTasks,
    textCaptureMs: totalMs(textCaptures),
    ...(start ? { contentScriptStart: start.ts / 1000 } : {}),
  };
  return { onMain, ours, timeline, timeOf };
}

const totalMs = (events: readonly TraceEvent[]) => events.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
