import { linkFromTarget } from './link-from-event';

export interface DwellOptions {
  dwellMs: number;
  signal: AbortSignal;
  onDwell: (link: HTMLAnchorElement) => void;
  /** The pointer or focus left a link it had dwelt on, or the person pressed Escape there. */
  onLeave?: (link: HTMLAnchorElement) => void;
}

/** Focus that follows a Tab key press this soon is the person's keyboard navigation. */
const KEYBOARD_FOCUS_WINDOW_MS = 500;

/**
 * Calls `onDwell` when the pointer rests on a link, or keyboard focus stays on it, for `dwellMs`. One
 * delegated listener per event type. Only the person's actions count: `isTrusted` is false for every
 * event a page script dispatches, and focus counts only right after a real Tab key press, because a
 * script's `link.focus()` fires a trusted focus event too.
 */
export function watchDwell(root: Document, { dwellMs, signal, onDwell, onLeave }: DwellOptions): void {
  let current: HTMLAnchorElement | undefined;
  let dwelt = false;
  let lastTabAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    const left = dwelt ? current : undefined;
    current = undefined;
    dwelt = false;
    if (left) onLeave?.(left);
  };
  const start = (event: Event) => {
    if (!event.isTrusted) return;
    if (event.type === 'focusin' && event.timeStamp - lastTabAt > KEYBOARD_FOCUS_WINDOW_MS) return;
    const link = linkFromTarget(event.target);
    if (!link || link === current) return;
    cancel();
    current = link;
    timer = setTimeout(() => {
      timer = undefined;
      dwelt = true;
      onDwell(link);
    }, dwellMs);
  };
  const end = (event: Event) => {
    if (!event.isTrusted || !current) return;
    const next = (event as FocusEvent | PointerEvent).relatedTarget;
    if (next instanceof Node && current.contains(next)) return;
    if (linkFromTarget(event.target) === current) cancel();
  };

  const options = { signal, passive: true, capture: true };
  root.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Tab') lastTabAt = event.timeStamp;
      // Escape dismisses what dwelling showed (WCAG 1.4.13, content on hover or focus).
      if (event.key === 'Escape' && current) cancel();
    },
    options,
  );
  root.addEventListener('pointerover', start, options);
  root.addEventListener('focusin', start, options);
  root.addEventListener('pointerout', end, options);
  root.addEventListener('focusout', end, options);
  signal.addEventListener('abort', cancel);
}
