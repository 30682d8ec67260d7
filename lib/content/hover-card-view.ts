import { message } from '../i18n/message';
import type { CardContent } from './card-content';

// The card is at most as wide as the thumbnail plus the padding, so the picture lines up with the text.
// Colours follow the system's scheme, whatever the page declares: `color-scheme: light dark` on the host
// drives Canvas/CanvasText and light-dark(light, dark); each keeps text at WCAG AA in its scheme.
// (Comments here and no spaces in the CSS: every byte of the string ships in each page's content script.)
const STYLE = `
:host{all:initial!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;color-scheme:light dark!important}
.card{position:absolute;box-sizing:border-box;width:max-content;min-width:200px;max-width:269px;padding:8px 12px 10px;border-left:5px solid var(--stripe);border-radius:6px;background:Canvas;color:CanvasText;font:12px/1.45 system-ui,sans-serif;text-align:start;box-shadow:0 0 0 1px #8884,0 4px 14px #0003;pointer-events:none}
.malicious{--stripe:light-dark(#c62828,#f28b82)}
.suspicious{--stripe:light-dark(#b34700,#fbb05c)}
.safe{--stripe:light-dark(#2e7d32,#81c995)}
.unknown,.error{--stripe:light-dark(#616161,#bdc1c6)}
.pending{--stripe:light-dark(#1565c0,#8ab4f8)}
.headline{display:block;margin-bottom:2px;font-size:13px;font-weight:700;color:var(--stripe)}
.brand{color:CanvasText;opacity:.7;font-weight:600}
ul{margin:0;padding:0 0 0 14px;overflow-wrap:anywhere}
.final{margin-top:4px;opacity:.8;overflow-wrap:anywhere;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
img{display:block;box-sizing:border-box;margin-top:6px;width:240px;height:150px;object-fit:cover;object-position:top;border:1px solid #8884;border-radius:4px}
`;

/** Room kept between the card, the link and the viewport's edges. */
const GAP = 6;
/** Above the link the card also clears the link's badge, which overhangs the link's top by 9px. */
const GAP_ABOVE = 12;

/** The viewport without its scrollbars; in quirks mode the root element is as tall as the page instead. */
function viewportSize(doc: Document): { width: number; height: number } {
  const root = doc.documentElement;
  const win = doc.defaultView;
  return doc.compatMode === 'CSS1Compat' || !win
    ? { width: root.clientWidth, height: root.clientHeight }
    : { width: win.innerWidth, height: win.innerHeight };
}

/**
 * One card at a time, in a shadow root the page's CSS cannot reach. Fixed and transparent to the pointer,
 * and placed beside the link (below, or above when there is no room), so it never covers the link, takes
 * its clicks or moves the page's layout. Every string is set as text.
 */
export function createHoverCardView(doc: Document, signal: AbortSignal) {
  const host = doc.createElement('scanlink-card');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  // A polite live region, always present and empty (so without a box) between cards: screen readers
  // announce the verdict when its text arrives or changes.
  card.setAttribute('role', 'status');
  root.append(style, card);
  let frame = 0;

  function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
    const node = doc.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function draw(link: HTMLAnchorElement, content: CardContent) {
    frame = 0;
    if (!link.isConnected) return;
    const headline = element('strong', 'headline');
    headline.append(element('span', 'brand', 'Scanlink · '), content.headline);
    const parts: HTMLElement[] = [headline];
    if (content.reasons.length > 0) {
      const list = element('ul', 'reasons');
      list.append(...content.reasons.map((reason) => element('li', '', reason)));
      parts.push(list);
    }
    if (content.finalUrl) parts.push(element('div', 'final', message('card.finalUrl', [content.finalUrl])));
    if (content.thumbnail) {
      const image = element('img', 'thumbnail');
      image.alt = message('card.screenshot');
      image.src = content.thumbnail;
      parts.push(image);
    }
    card.className = `card ${content.kind}`;
    card.setAttribute('aria-label', content.label);
    card.replaceChildren(...parts);
    // One layout: the card's size and the link's place are read together, then the card is placed.
    const size = card.getBoundingClientRect();
    const anchor = link.getBoundingClientRect();
    const view = viewportSize(doc);
    const below = anchor.bottom + GAP;
    const above = anchor.top - GAP_ABOVE - size.height;
    const top = below + size.height <= view.height - GAP || above < GAP ? below : above;
    const left = Math.max(GAP, Math.min(anchor.left, view.width - size.width - GAP));
    card.style.top = `${top}px`;
    card.style.left = `${left}px`;
  }

  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    host.remove();
  });

  return {
    /** Shows the card beside `link` in the next frame. */
    show(link: HTMLAnchorElement, content: CardContent) {
      if (!host.isConnected) doc.documentElement.append(host);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(link, content));
    },
    hide() {
      cancelAnimationFrame(frame);
      frame = 0;
      card.removeAttribute('class');
      card.removeAttribute('aria-label');
      card.replaceChildren();
    },
  };
}
