import type { LinkCard } from '../report/link-card';
import { normaliseUrl } from '../url/normalise-url';
import { cardContent } from './card-content';
import { createHoverCardView } from './hover-card-view';

export interface HoverCardDeps {
  loadCard(url: string, linkText: string): Promise<LinkCard>;
}

/**
 * The card next to the link the person dwells on: opened by the dwell watcher, closed when the pointer or
 * focus leaves (or the page scrolls, since a fixed card would drift away from its link), and reloaded
 * when the background announces a new verdict for that link.
 */
export function startHoverCards(doc: Document, deps: HoverCardDeps, signal: AbortSignal) {
  const view = createHoverCardView(doc, signal);
  let current: { link: HTMLAnchorElement; url: string } | undefined;
  // Answers can arrive out of order, or after the pointer has moved on: only the latest request counts.
  let latest = 0;

  async function load(link: HTMLAnchorElement) {
    if (current?.link !== link) return;
    const request = ++latest;
    // textContent, not innerText: no layout is forced for it.
    const text = (link.textContent ?? '').trim().slice(0, 500);
    const card = await deps.loadCard(link.href, text).catch(() => undefined);
    if (request !== latest || current?.link !== link) return;
    const content = card && cardContent(link.href, card);
    if (content) view.show(link, content);
    else view.hide();
  }

  // Scrolls are listened for only while a card is open: a scroll listener makes Chromium run a frame
  // (see links-near-viewport.ts), and most pages never show a card.
  const onScroll = () => close();
  const scrollOptions = { capture: true, passive: true, signal } as const;

  function close() {
    current = undefined;
    latest += 1;
    view.hide();
    doc.removeEventListener('scroll', onScroll, scrollOptions);
  }

  return {
    /** Shows `link`'s card once `ready` (its scan request or lookup) settles, if it is still dwelt on. */
    open(link: HTMLAnchorElement, ready: Promise<unknown> = Promise.resolve()) {
      const url = normaliseUrl(link.href);
      if (!url) return;
      current = { link, url };
      doc.addEventListener('scroll', onScroll, scrollOptions);
      void ready.catch(() => {}).then(() => load(link));
    },
    /** The pointer or focus left `link`. */
    close(link: HTMLAnchorElement) {
      if (current?.link === link) close();
    },
    /** The background announced a new verdict for `url` (normalised). */
    refresh(url: string) {
      if (current?.url === url) void load(current.link);
    },
  };
}
