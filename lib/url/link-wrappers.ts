import { decodeUrlDefense } from './proofpoint-url-defense';

/**
 * Links that an email security gateway or a search engine has wrapped around the real destination. The
 * destination is what gets looked up, checked and scanned, never the wrapper, so normalisation unwraps
 * them (see normalise-url.ts): nested wrappers too, a bounded number of times.
 */
const MAX_UNWRAP_DEPTH = 5;

// Outlook SafeLinks: eur01.safelinks.protection.outlook.com, and the US government cloud's twin.
const SAFELINKS_HOST = /(?:^|\.)safelinks\.protection\.(?:outlook\.com|office365\.us)$/;
// google.com, www.google.co.uk, google.com.au, google.de: the hosts that serve the /url redirect.
const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** Whether links on `hostname` may wrap another address: a cheap test before any unwrapping. */
export function isWrapperHost(hostname: string): boolean {
  return (
    SAFELINKS_HOST.test(hostname) ||
    hostname === 'urldefense.proofpoint.com' ||
    hostname === 'urldefense.com' ||
    GOOGLE_HOST.test(hostname)
  );
}

/** The URL text `url` wraps when it is a known wrapper. */
function wrappedTarget(url: URL): string | undefined {
  const host = url.hostname;
  if (SAFELINKS_HOST.test(host)) return url.searchParams.get('url') ?? undefined;
  if (host === 'urldefense.proofpoint.com' || host === 'urldefense.com') return decodeUrlDefense(url.href);
  if (GOOGLE_HOST.test(host) && url.pathname === '/url') {
    // Search results carry an empty q= beside url=, so an empty value must not win.
    return url.searchParams.get('q') || url.searchParams.get('url') || undefined;
  }
  return undefined;
}

function parseWeb(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The innermost web address `href` wraps, as written, or `href` itself when it wraps none. Never throws. */
export function unwrapLink(href: string): string {
  let current = href;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const wrapper = parseWeb(current);
    const inner = wrapper && wrappedTarget(wrapper);
    if (inner === undefined || parseWeb(inner) === undefined) break;
    current = inner.trim();
  }
  return current;
}
