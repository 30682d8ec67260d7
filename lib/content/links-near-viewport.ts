/** Links this far outside the viewport count as near, so their badges are ready when they scroll in. */
const MARGIN_PX = 200;
/**
 * Where the viewport is sampled (fractions of its width, halfway down): one point per column of a page.
 * Walking covers the rows; a hit test costs milliseconds on a page with tens of thousands of blocks.
 */
const PROBES = [0.1, 0.5, 0.9];
/** A walk away from the viewport stops once this many links lie beyond the near band... */
const LINKS_PAST_BAND = 20;
/** ...or after this many elements, so a long stretch without links (or of hidden ones) stays cheap. */
const MAX_STEPS = 1_000;
/** At most one look every this often while the page scrolls or changes. */
const SWEEP_INTERVAL_MS = 100;

type Place = 'above' | 'near' | 'below' | 'elsewhere';

/**
 * Reports each link the first time it comes near the viewport, at a cost that follows the links near the
 * viewport, not the links on the page (`onNear` may answer with a promise for the work it starts). An
 * IntersectionObserver on every link would recompute every target after each layout change (about
 * 200 ms a frame with 100,000 links in Chromium). Instead, after each scroll, resize or DOM change, the
 * viewport is sampled at a few points and the document is walked in both directions from each, in
 * document order, until links lie well past the near band: document order follows the visual order
 * within each column of a page, and each column is sampled.
 */
export function watchLinksNearViewport(
  doc: Document,
  signal: AbortSignal,
  onNear: (links: HTMLAnchorElement[]) => Promise<void> | void,
) {
  const win = doc.defaultView;
  const reported = new WeakSet<HTMLAnchorElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSweep = Number.NEGATIVE_INFINITY;

  /** Looks at the viewport; answers `onNear`'s promise for the links it found, if any. */
  function sweep(): Promise<void> | void {
    timer = undefined;
    lastSweep = performance.now();
    if (!win || signal.aborted) return;
    const width = win.innerWidth;
    const height = win.innerHeight;
    const places = new Map<HTMLAnchorElement, Place>();
    const placeOf = (link: HTMLAnchorElement): Place => {
      let place = places.get(link);
      if (place) return place;
      const rect = link.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) place = 'elsewhere';
      else if (rect.bottom < -MARGIN_PX) place = 'above';
      else if (rect.top > height + MARGIN_PX) place = 'below';
      else if (rect.right < -MARGIN_PX || rect.left > width + MARGIN_PX) place = 'elsewhere';
      else place = 'near';
      places.set(link, place);
      return place;
    };
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT);
    const walk = (start: Node, forward: boolean) => {
      walker.currentNode = start;
      let past = 0;
      for (let steps = 0; steps < MAX_STEPS && past < LINKS_PAST_BAND; steps += 1) {
        const node = forward ? walker.nextNode() : walker.previousNode();
        if (!node) return;
        if (!(node instanceof HTMLAnchorElement) || !node.hasAttribute('href')) continue;
        const place = placeOf(node);
        if (place === (forward ? 'below' : 'above')) past += 1;
      }
    };
    for (const fx of PROBES) {
      const start = nodeAt(doc, fx * width, height / 2);
      if (!start) continue;
      walk(start, false);
      walk(start, true);
    }
    const near: HTMLAnchorElement[] = [];
    for (const [link, place] of places) {
      if (place !== 'near' || reported.has(link)) continue;
      reported.add(link);
      near.push(link);
    }
    if (near.length > 0) return onNear(near);
  }

  /** Looks again soon: at once after a quiet spell, else once the interval since the last look is over. */
  function schedule() {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(sweep, Math.max(0, lastSweep + SWEEP_INTERVAL_MS - performance.now()));
  }

  const options = { capture: true, passive: true, signal };
  win?.addEventListener('resize', schedule, options);
  // Images, frames and fonts that load move links without a scroll or a DOM change. (A ResizeObserver
  // would catch more, but its first observation asks for a frame of its own; see below.)
  doc.addEventListener('load', schedule, options);
  doc.fonts?.addEventListener('loadingdone', schedule, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
  // Scrolls are listened for once the first look's links are answered. A new scroll listener makes
  // Chromium run a frame to tell its compositor. Added at the start, it made a frame of its own just
  // before the badges' frame; being the first frame after the page's `load`, that frame also carried
  // Chrome's capture of the page's text (for Translate; about 50 ms at 100,000 links), and the badges
  // came a frame later. Added as the badges are drawn, it shares their frame. One more look catches a
  // scroll made in between.
  const firstLook = Promise.resolve(sweep())
    .catch(() => {})
    .then(() => {
      if (signal.aborted) return;
      doc.addEventListener('scroll', schedule, options);
      schedule();
    });

  return {
    /**
     * Settles once the first look's links are answered (their badges asked for): other listeners that
     * make Chromium run a frame (pointer events) are best added then, for the same reason.
     */
    firstLook,
    /** The DOM changed: look again soon. */
    schedule,
    /** `link` was re-pointed or removed: report it again when it is next near. */
    forget(link: HTMLAnchorElement) {
      reported.delete(link);
    },
  };
}

/** The DOM position under a point of the viewport: the text or element there, or nearest to it. */
function nodeAt(doc: Document, x: number, y: number): Node | null {
  // Between paragraphs elementFromPoint answers with their container, whose place in document order is
  // far from the viewport's; a caret position falls inside the nearest text.
  const caret = doc.caretPositionFromPoint?.(x, y);
  if (caret) return caret.offsetNode.childNodes[caret.offset] ?? caret.offsetNode;
  return doc.elementFromPoint(x, y);
}
