import type { LinkVerdict } from '../db/rows';
import { badgeLabel, badgeSymbol } from './badge-label';

const STYLE = `
:host{all:initial!important;position:absolute!important;inset:0 auto auto 0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;pointer-events:none!important}
.badge{position:absolute;box-sizing:border-box;min-width:14px;height:14px;padding:0 3px;border-radius:7px;font:700 10px/14px system-ui,sans-serif;text-align:center;color:#fff;box-shadow:0 0 0 1px #fff;pointer-events:none}
.malicious{background:#c62828}
.suspicious{background:#ef6c00}
.safe{background:#2e7d32;opacity:.75}
.unknown,.error{background:#616161}
.pending{background:#1565c0}
`;

/**
 * Badges drawn in one overlay that sits outside the page's layout: a shadow root the page's CSS cannot
 * reach, absolutely positioned, and transparent to the pointer, so it never shifts or steals anything.
 */
export function createBadgeLayer(doc: Document, signal: AbortSignal) {
  const host = doc.createElement('scanlink-badges');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  const badges = new Map<HTMLAnchorElement, HTMLElement>();
  let pending = new Map<HTMLAnchorElement, LinkVerdict | undefined>();
  let frame = 0;

  function draw() {
    frame = 0;
    const writes = pending;
    pending = new Map();
    // Read every position first, then write: one layout, however many badges.
    const scrollX = doc.defaultView?.scrollX ?? 0;
    const scrollY = doc.defaultView?.scrollY ?? 0;
    const placed = [...writes].map(([link, verdict]) => ({
      link,
      verdict,
      rect: link.getBoundingClientRect(),
    }));
    // Attached after the reads: attaching first would make them wait for a layout of the whole page.
    if (!host.isConnected) doc.documentElement.append(host);
    for (const { link, verdict, rect } of placed) {
      let badge = badges.get(link);
      if (!verdict || !link.isConnected || (rect.width === 0 && rect.height === 0)) {
        badge?.remove();
        badges.delete(link);
        continue;
      }
      if (!badge) {
        badge = doc.createElement('span');
        badge.setAttribute('role', 'img');
        badges.set(link, badge);
        root.append(badge);
      }
      badge.className = `badge ${verdict.kind}`;
      badge.textContent = badgeSymbol(verdict.kind);
      badge.setAttribute('aria-label', badgeLabel(verdict));
      badge.style.left = `${rect.right + scrollX - 2}px`;
      badge.style.top = `${rect.top + scrollY - 9}px`;
    }
  }

  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    host.remove();
  });

  return {
    /** Shows (or with `undefined`, removes) a link's badge in the next frame. */
    show(link: HTMLAnchorElement, verdict: LinkVerdict | undefined) {
      pending.set(link, verdict);
      frame ||= requestAnimationFrame(draw);
    },
  };
}
