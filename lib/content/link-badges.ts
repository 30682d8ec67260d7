import type { LinkVerdict } from '../db/rows';
import { normaliseUrl } from '../url/normalise-url';
import { createBadgeLayer } from './badge-layer';
import type { KnownVerdicts } from './known-verdicts';
import { watchLinksNearViewport } from './links-near-viewport';

export interface VerdictSource {
  lookup(urls: string[]): Promise<LinkVerdict[]>;
}

export interface LinkBadgeOptions {
  /**
   * Badge links with no threats found too (the "Mark links with no threats found" setting). A promise lets
   * the first lookup go out before the setting is known; if it fails, safe links get no badge.
   */
  showSafe?: boolean | Promise<boolean>;
  /** Told every verdict the badges receive, for handlers that must decide synchronously. */
  known?: KnownVerdicts;
}

const LOOKUP_DELAY_MS = 50;
const isOurs = (node: Element) => node.localName.startsWith('scanlink-');
/** The background accepts at most 2,000 URLs per lookup. */
const LOOKUP_BATCH = 1_000;

/**
 * Badges every link near the viewport whose verdict is known. Only looks verdicts up (never scans):
 * links are collected as they come near the viewport, deduplicated by normalised URL, and looked up in
 * one batch per look at the viewport (announced verdicts, in one batch per short delay).
 */
export function startLinkBadges(
  doc: Document,
  source: VerdictSource,
  signal: AbortSignal,
  { showSafe = true, known }: LinkBadgeOptions = {},
) {
  const layer = createBadgeLayer(doc, signal);
  const safeShown = Promise.resolve(showSafe).catch(() => false);
  const linksByUrl = new Map<string, Set<HTMLAnchorElement>>();
  const urlOf = new WeakMap<HTMLAnchorElement, string>();
  const queued = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(verdict: LinkVerdict | undefined, url: string, withSafe: boolean) {
    if (verdict) known?.remember(url, verdict.kind);
    const visible = verdict && (withSafe || verdict.kind !== 'safe') ? verdict : undefined;
    const links = linksByUrl.get(url) ?? new Set();
    for (const link of links) {
      // Pages that replace their content (infinite scroll, SPAs) must not keep old links alive here.
      layer.show(link, link.isConnected ? visible : undefined);
      if (!link.isConnected) links.delete(link);
    }
  }

  async function flush() {
    timer = undefined;
    const urls = [...queued];
    queued.clear();
    for (let start = 0; start < urls.length && !signal.aborted; start += LOOKUP_BATCH) {
      const batch = urls.slice(start, start + LOOKUP_BATCH);
      const [found, withSafe] = await Promise.all([source.lookup(batch), safeShown]);
      const verdicts = new Map(found.map((v) => [v.url, v]));
      for (const url of batch) show(verdicts.get(url), url, withSafe);
    }
  }

  function refresh(url: string) {
    queued.add(url);
    timer ??= setTimeout(() => void flush().catch(() => {}), LOOKUP_DELAY_MS);
  }

  /** Files `link` under the URL it points to now (a page may re-point a link at any time). */
  function track(link: HTMLAnchorElement): string | undefined {
    const url = normaliseUrl(link.href);
    const before = urlOf.get(link);
    if (before !== undefined && before !== url) linksByUrl.get(before)?.delete(link);
    if (!url) {
      urlOf.delete(link);
      return undefined;
    }
    urlOf.set(link, url);
    const links = linksByUrl.get(url) ?? new Set();
    links.add(link);
    linksByUrl.set(url, links);
    return url;
  }

  /** A link left the page or points elsewhere: its badge goes now, and it is looked at afresh. */
  function forget(link: HTMLAnchorElement) {
    layer.show(link, undefined);
    const url = urlOf.get(link);
    if (url !== undefined) linksByUrl.get(url)?.delete(link);
    urlOf.delete(link);
    nearby.forget(link);
  }

  // Links found near the viewport are looked up at once: the sweep that found them is the batch.
  const nearby = watchLinksNearViewport(doc, signal, (links) => {
    for (const link of links) {
      const url = track(link);
      if (url) queued.add(url);
    }
    clearTimeout(timer);
    return flush().catch(() => {});
  });
  const linksIn = (node: Element) => [
    ...(node instanceof HTMLAnchorElement ? [node] : []),
    ...node.querySelectorAll<HTMLAnchorElement>('a[href]'),
  ];
  // The callback only queues: the next look near the viewport decides which links are worth a lookup,
  // and removed or re-pointed links only have their badge dropped in the next frame. Class, style and
  // similar changes can reveal links without a scroll (a menu opening), so they call for a look too.
  const changes = new MutationObserver((records) => {
    let look = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.attributeName === 'href' && record.target instanceof HTMLAnchorElement)
          forget(record.target);
        look = true;
        continue;
      }
      for (const node of record.removedNodes) if (node instanceof Element) linksIn(node).forEach(forget);
      // Our own overlays coming and going move no link.
      const nodes = [...record.addedNodes, ...record.removedNodes];
      if (nodes.some((node) => !(node instanceof Element && isOurs(node)))) look = true;
    }
    if (look) nearby.schedule();
  });

  changes.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'class', 'style', 'hidden', 'open'],
  });
  signal.addEventListener('abort', () => {
    changes.disconnect();
    clearTimeout(timer);
  });

  return {
    /** Settles once the links near the viewport at the start have been looked up and their badges asked for. */
    firstLook: nearby.firstLook,
    /** A verdict changed or a scan started for this link: redraw it (and every link to the same URL). */
    update(link: HTMLAnchorElement, verdict: LinkVerdict) {
      const url = track(link);
      if (url === verdict.url) void safeShown.then((withSafe) => show(verdict, url, withSafe));
    },
    /** The background announced a new verdict for `url`. */
    refresh,
  };
}
