import { parseWebUrl } from '../url/web-url';
import { decodeUrlDefense } from './proofpoint-url-defense';

/**
 * The real destination of a link that an email security gateway or a search engine has wrapped, so it is
 * the destination that gets checked and scanned, not the wrapper. Wrappers can be nested (a SafeLink
 * around a Proofpoint link), hence the loop; it is bounded so a crafted link cannot spin it.
 */

const MAX_UNWRAP_DEPTH = 5;

// Outlook SafeLinks: eur01.safelinks.protection.outlook.com, and the US government cloud's twin.
const SAFELINKS_HOST = /(?:^|\.)safelinks\.protection\.(?:outlook\.com|office365\.us)$/;
// google.com, www.google.co.uk, google.com.au, google.de: the hosts that serve the /url redirect.
const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** The innermost http(s) URL `url` wraps, or `url` itself when it wraps none. Never throws. */
export function unwrapLink(url: string): string {
  let current = url;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const inner = wrappedUrl(current);
    if (inner === undefined) break;
    current = inner;
  }
  return current;
}

/** The URL that `href` wraps, if it is a known wrapper and what it wraps is an http(s) URL. */
function wrappedUrl(href: string): string | undefined {
  const wrapper = parseWebUrl(href.trim());
  if (wrapper === undefined) return undefined;
  const inner = innerText(wrapper, href.trim());
  return inner !== undefined && parseWebUrl(inner) !== undefined ? inner.trim() : undefined;
}

function innerText(wrapper: URL, href: string): string | undefined {
  const host = wrapper.hostname;
  if (SAFELINKS_HOST.test(host)) return wrapper.searchParams.get('url') ?? undefined;
  if (host === 'urldefense.proofpoint.com' || host === 'urldefense.com') return decodeUrlDefense(href);
  if (GOOGLE_HOST.test(host) && wrapper.pathname === '/url') {
    // Search results carry an empty q= beside url=, so an empty value must not win.
    return wrapper.searchParams.get('q') || wrapper.searchParams.get('url') || undefined;
  }
  return undefined;
}
