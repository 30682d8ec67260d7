import { normaliseUrl } from '../../lib/url/normalise-url';

/** Where the heavy pages are served (a public-looking name: Scanlink ignores loopback hosts). */
export const HEAVY_ORIGIN = 'https://heavy.example';
export const LINKS_PER_PARAGRAPH = 5;

/** Marks the page's probe leaves in the performance timeline (and so in a trace). */
export const MARK = {
  /** The page is parsed and the probe's own work done: content scripts at `document_idle` start after. */
  parsed: 'bench:parsed',
  viewportBadged: 'bench:viewport-badged',
  /** The first task after the frame that drew them: that frame's layout, paint and commit are done, and whatever Chrome ran in it. */
  viewportRendered: 'bench:viewport-rendered',
  scrollStart: 'bench:scroll-start',
  scrollBadged: 'bench:scroll-badged',
} as const;

/** The i-th link's address: a thousand sites, each with many articles, as a news archive links out. */
export function heavyLinkUrl(i: number): string {
  return `https://site${i % 1_000}.example/article/${i}`;
}

const KINDS = ['malicious', 'safe', 'suspicious'] as const;

/** Cached verdicts for the first `count` links: a third malicious, a third each safe and suspicious. */
export function heavyVerdictRows(count: number, now = Date.now()) {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? 'safe';
    const url = normaliseUrl(heavyLinkUrl(i));
    if (!url) throw new Error(`not a URL: ${heavyLinkUrl(i)}`);
    return {
      url,
      kind,
      reasons: kind === 'safe' ? [] : [`Cloudflare flagged this page as ${kind}.`],
      categories: kind === 'malicious' ? ['Phishing'] : [],
      checkedAt: now,
    };
  });
}

const WORDS =
  'the of and to in is that for it as was with be by on not he this are or his from at which but'.split(' ');

function words(seed: number, count: number): string {
  let text = '';
  for (let k = 0; k < count; k += 1) text += `${WORDS[(seed * 7 + k * 13) % WORDS.length]} `;
  return text;
}

/**
 * Runs in the page's own world before anything else, with and without Scanlink alike. It costs nothing
 * but working out, once parsed, which links are in the viewport (by binary search: the links are in
 * document order, so their tops only grow). Once Scanlink's badge layer appears it leaves a performance
 * mark the moment each of them has its badge in the layer's shadow root, and another once the frame that
 * drew them has rendered. Badges are matched to links by position: a badge sits at the link's top right
 * corner (see lib/content/badge-layer.ts).
 */
const PROBE = `(() => {
  const links = document.getElementsByTagName('a');
  const inView = (top, bottom) => {
    let lo = 0, hi = links.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (links[mid].getBoundingClientRect().bottom + scrollY > top) hi = mid; else lo = mid + 1;
    }
    const corners = [];
    for (let i = lo; i < links.length; i += 1) {
      const rect = links[i].getBoundingClientRect();
      if (rect.top + scrollY >= bottom) break;
      corners.push([rect.right + scrollX - 2, rect.top + scrollY - 9]);
    }
    return corners;
  };
  let waiting = { name: '${MARK.viewportBadged}', rendered: '${MARK.viewportRendered}', corners: [] };
  // Worked out once the page is parsed, when its first layout is due anyway: never inside Scanlink's tasks.
  document.addEventListener('DOMContentLoaded', () => {
    waiting.corners = inView(scrollY, scrollY + innerHeight);
    performance.mark('${MARK.parsed}');
  });
  let root;
  const check = () => {
    if (!waiting || !root) return;
    const badges = [...root.querySelectorAll('.badge')].map((b) => [parseFloat(b.style.left), parseFloat(b.style.top)]);
    const done = waiting.corners.every(([x, y]) => badges.some(([bx, by]) => Math.abs(bx - x) < 1 && Math.abs(by - y) < 1));
    if (!done) return;
    performance.mark(waiting.name, { detail: { links: waiting.corners.length, badges: badges.length } });
    // Checked inside the frame's animation-frame callbacks: a task posted now runs once it has rendered.
    const rendered = waiting.rendered;
    if (rendered) setTimeout(() => performance.mark(rendered));
    waiting = undefined;
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.localName !== 'scanlink-badges' || !node.shadowRoot) continue;
      root = node.shadowRoot;
      new MutationObserver(check).observe(root, { childList: true, subtree: true, attributes: true });
      check();
    }
  }).observe(document.documentElement, { childList: true });
  window.benchScrollTo = (y) => {
    waiting = { name: '${MARK.scrollBadged}', corners: inView(y, y + innerHeight) };
    const count = waiting.corners.length;
    performance.mark('${MARK.scrollStart}');
    scrollTo(0, y);
    return count;
  };
})();`;

/**
 * A long article page: paragraphs of text, each with a few links (no two alike), so most of its links
 * are far below the fold, as on a real archive or forum page.
 */
export function heavyPage(linkCount: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p * LINKS_PER_PARAGRAPH < linkCount; p += 1) {
    let html = '<p>';
    for (let k = 0; k < LINKS_PER_PARAGRAPH && p * LINKS_PER_PARAGRAPH + k < linkCount; k += 1) {
      const i = p * LINKS_PER_PARAGRAPH + k;
      html += `${words(i, 12)}<a href="${heavyLinkUrl(i)}">${words(i + 3, 2).trim()}</a> `;
    }
    paragraphs.push(`${html}${words(p, 6)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${linkCount} links</title>
<script>${PROBE}</script>
<style>body{margin:2rem auto;max-width:60rem;font:16px/1.5 Georgia,serif;color:#222} a{color:#0645ad;white-space:nowrap}</style>
</head><body><h1>Archive</h1>
${paragraphs.join('\n')}
</body></html>`;
}
