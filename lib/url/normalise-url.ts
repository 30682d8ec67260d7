import { isWrapperHost, unwrapLink } from './link-wrappers';

/**
 * One spelling per address, so a link is looked up, cached and scanned once however the page wrote it.
 * The WHATWG parser already lower-cases hosts, turns IDNs into punycode, canonicalises IPv4 and IPv6
 * literals, drops default ports and strips surrounding whitespace; we add what it leaves alone.
 */

/**
 * Parses `raw` (against `base` when given) and normalises it, or returns undefined. Never throws. A known
 * link wrapper (SafeLinks, URL Defense, Google's /url) normalises to the web address it wraps.
 */
export function parseNormalisedUrl(raw: string, base?: string): URL | undefined {
  const written = parseUrl(raw, base);
  if (written === undefined) return undefined;
  // Most links wrap nothing: only a wrapper's host is worth parsing twice.
  const target = isWrapperHost(written.hostname) ? unwrapLink(written.href) : written.href;
  const url = target === written.href ? written : parseUrl(target, undefined);
  if (url === undefined) return undefined;
  // The fragment never reaches the server, so it cannot change the verdict.
  url.hash = '';
  if (url.hostname.endsWith('.')) {
    // 'example.com.' is the same DNS name as 'example.com'; the parser keeps the root dot.
    const withoutRootDot = url.hostname.replace(/\.+$/, '');
    if (withoutRootDot === '') return undefined;
    url.hostname = withoutRootDot;
    // The hostname setter silently ignores values it rejects.
    if (url.hostname !== withoutRootDot) return undefined;
  }
  return url;
}

/** The normalised form of `raw` (resolved against `base` when given), or undefined if it is not a URL. */
export function normaliseUrl(raw: string, base?: string): string | undefined {
  return parseNormalisedUrl(raw, base)?.href;
}

function parseUrl(raw: string, base: string | undefined): URL | undefined {
  // try/catch rather than URL.parse: URL.parse needs Chrome 126 / Node 22.1.
  try {
    return new URL(raw, base);
  } catch {
    if (base === undefined) return undefined;
  }
  // A page's broken base must not hide an absolute link from us.
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
