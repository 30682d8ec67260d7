import type { BenchSize } from './bench-context';

// The scripted browsing session of the API-economy benchmark: which links exist, which of them someone
// has already scanned publicly, and the order in which a person rests the pointer on them, in which tab.
// Deterministic (a seeded generator), so every run and both clients see the same session.

/**
 * Every duration of the real API is multiplied by this, so half an hour of reading takes two minutes: a
 * scan takes 20 s × SCALE, the account's rate is one scan per 10 s × SCALE, the extension first polls
 * after 10 s × SCALE and then every 10 s × SCALE (its defaults), and the account-wide limit is 1,200
 * requests per 5 min × SCALE.
 */
export const SCALE = 0.05;
export const SCAN_MS = 20_000 * SCALE;
export const RATE_MS = 10_000 * SCALE;
export const POLL_MS = 10_000 * SCALE;
export const ACCOUNT_WINDOW_MS = 300_000 * SCALE;

export interface EconomySession {
  tabs: readonly { url: string; html: string }[];
  /** Every distinct link of the session, in the normalised form the extension scans and the mock echoes. */
  urls: readonly string[];
  /** The links with a recent public scan that search finds. */
  seeded: readonly string[];
  /** In order: which tab the person is in and which link they dwell on there. */
  dwells: readonly { tab: number; url: number }[];
  /** After these dwells (counted from 1) the service worker is stopped, as Chrome does when idle. */
  stopWorkerAfter: readonly number[];
}

const SIZES = {
  small: { tabs: 3, urls: 16, dwells: 60, seeded: 4 },
  full: { tabs: 4, urls: 80, dwells: 300, seeded: 20 },
} as const;

/** Dwells in one tab before the person moves to another: a few links read on a page, then elsewhere. */
const DWELLS_PER_VISIT = 5;

/** Mulberry32: small, fast, and the same sequence on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function linkUrl(index: number): string {
  const n = String(index + 1).padStart(2, '0');
  // A few of them look bad to the mock, which judges sites by the words in their names.
  const word = index % 11 === 5 ? '-phish' : index % 13 === 7 ? '-suspicious' : '';
  return `https://site-${n}${word}.example/article-${n}`;
}

function tabPage(tab: number, urls: readonly string[]): string {
  const links = urls.map((url, i) => `<li><a id="l${i}" href="${url}">Story ${i + 1}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Reader ${tab + 1}</title>
<style>body{font:16px/1.6 serif;margin:2rem} li{margin:.2rem 0}</style></head><body>
<h1>Reader ${tab + 1}</h1><ul>${links}</ul></body></html>`;
}

export function economySession(size: BenchSize): EconomySession {
  const spec = SIZES[size];
  const random = seededRandom(20_250_501);
  const urls = Array.from({ length: spec.urls }, (_, i) => linkUrl(i));
  // Every tab's page lists every link, so the same link is dwelt on in several tabs.
  const tabs = Array.from({ length: spec.tabs }, (_, t) => ({
    url: `https://reader-${t + 1}.example/`,
    html: tabPage(t, urls),
  }));
  // Spread over the list rather than the first few, so seeded links turn up all through the session.
  const step = spec.urls / spec.seeded;
  const seededIndexes = Array.from({ length: spec.seeded }, (_, i) => Math.floor(i * step + step / 2));

  // Each link once, in a shuffled order, and the rest drawn with a skew towards the first links, so a
  // few are popular (dwelt on over and over, in several tabs) and most come up once or twice.
  const firstPass = [...urls.keys()];
  for (let i = firstPass.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [firstPass[i], firstPass[j]] = [firstPass[j] ?? 0, firstPass[i] ?? 0];
  }
  const order: number[] = [];
  for (let i = 0, first = 0; i < spec.dwells; i++) {
    const extraLeft = spec.dwells - i - (firstPass.length - first);
    const fresh = first < firstPass.length && (extraLeft <= 0 || random() < 0.4);
    order.push(fresh ? (firstPass[first++] ?? 0) : Math.floor(random() ** 2 * spec.urls));
  }
  const dwells = order.map((url, i) => ({ tab: Math.floor(i / DWELLS_PER_VISIT) % spec.tabs, url }));
  // Right after the first dwell on the links a third and two thirds of the way through those that need
  // a scan of their own: that job is then being searched for, queued or submitted when the worker goes.
  const firstDwells = order
    .map((url, i) => (!seededIndexes.includes(url) && order.indexOf(url) === i ? i : -1))
    .filter((i) => i >= 0);
  const stopAfter = (fraction: number) => (firstDwells[Math.round(fraction * firstDwells.length)] ?? 0) + 1;
  return {
    tabs,
    urls,
    seeded: seededIndexes.map((i) => urls[i] ?? ''),
    dwells,
    stopWorkerAfter: [stopAfter(1 / 3), stopAfter(2 / 3)],
  };
}
