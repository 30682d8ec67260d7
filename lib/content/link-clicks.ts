import { linkFromTarget } from './link-from-event';

export interface LinkClickDeps {
  /** Strict mode: links not known to be safe open only through the background. */
  strictMode: boolean;
  isKnownSafe(href: string): boolean;
  /** Starts the link's scan ahead of automatic ones; the page loads meanwhile. */
  scan(link: HTMLAnchorElement): Promise<unknown>;
  /** Strict mode: the background scans the link and opens it, or its checking page, itself. */
  hold(link: HTMLAnchorElement, newTab: boolean): Promise<unknown>;
}

const MIDDLE_BUTTON = 1;

/** Targets other than these open another window or tab (the content script runs in top frames only). */
const SAME_TAB_TARGETS = new Set(['', '_self', '_top', '_parent']);

/** A link to the page itself (a fragment, or a reload) loads nothing new: nothing to scan or hold. */
function isSameDocument(link: HTMLAnchorElement, location: Location): boolean {
  return link.href.split('#')[0] === location.href.split('#')[0];
}

function opensNewTab(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    event.button === MIDDLE_BUTTON ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    !SAME_TAB_TARGETS.has(link.target.toLowerCase())
  );
}

/**
 * The person opening a link: a click (any modifier, or Enter on a focused link, which fires a click) or a
 * middle click. One delegated capture listener per event type, so a page's own handlers (which may stop
 * propagation) run after it. Only `isTrusted` events count: `link.click()` and `dispatchEvent` from a
 * page script are untrusted, so a page cannot spend the scan quota.
 */
export function watchLinkClicks(doc: Document, deps: LinkClickDeps, signal: AbortSignal): void {
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    if (event.type === 'auxclick' ? event.button !== MIDDLE_BUTTON : event.button !== 0) return;
    const link = linkFromTarget(event.target);
    if (!link || isSameDocument(link, doc.location)) return;
    const hold =
      deps.strictMode &&
      // Nothing will navigate when the page already cancelled the click (its own router, say).
      !event.defaultPrevented &&
      // Downloads (alt-click, `download` links) are not navigations to hold.
      !event.altKey &&
      !link.hasAttribute('download') &&
      !deps.isKnownSafe(link.href);
    if (hold) {
      event.preventDefault();
      const newTab = opensNewTab(event, link);
      // The click is cancelled already: if the background cannot take the link, open it here rather
      // than leave the person with a link that does nothing.
      deps.hold(link, newTab).catch(() => {
        if (!newTab) doc.location.assign(link.href);
      });
    } else {
      deps.scan(link).catch(() => {});
    }
  };
  const options = { capture: true, signal };
  doc.addEventListener('click', onClick, options);
  doc.addEventListener('auxclick', onClick, options);
}
