import { t } from '../i18n/translate';
import { bracketIpv6, parseHostText } from './host-text';
import { parseDottedIpv4 } from './ipv4-address';

/**
 * Never-scan domain patterns. `example.com` covers the domain and every subdomain; `*.example.com`
 * covers only its subdomains; an IP address covers itself. Patterns are stored in the canonical form
 * the WHATWG parser gives hosts (lower-case, punycode), so matching is plain string comparison.
 */

export type DomainPatternResult = { ok: true; pattern: string } | { ok: false; message: string };

const WILDCARD = '*.';
const LABEL = /^[a-z0-9_-]{1,63}$/;
const MAX_DOMAIN_LENGTH = 253;

/** What can be wrong with a typed pattern; each has its sentence under `eligibility.domain` in the locales. */
type Problem =
  | 'empty'
  | 'spaces'
  | 'notJustDomain'
  | 'port'
  | 'misplacedWildcard'
  | 'wildcardIp'
  | 'singleLabel'
  | 'invalid';

/** Validates and canonicalises a never-scan pattern typed by the user. */
export function parseDomainPattern(text: string): DomainPatternResult {
  const trimmed = text.trim();
  if (trimmed === '') return invalid('empty');
  if (/\s/.test(trimmed)) return invalid('spaces');
  if (/[/\\?#@]/.test(trimmed)) return invalid('notJustDomain');
  const isWildcard = trimmed.startsWith(WILDCARD);
  const body = isWildcard ? trimmed.slice(WILDCARD.length) : trimmed;
  if (body === '') return invalid('empty');
  if (body.includes('*')) return invalid('misplacedWildcard');

  const hostText = bracketIpv6(body);
  if (hostText === undefined) return invalid('port');
  const hostname = parseHostText(hostText);
  if (hostname === undefined) return invalid('invalid');

  if (hostname.startsWith('[') || parseDottedIpv4(hostname) !== undefined) {
    return isWildcard ? invalid('wildcardIp') : { ok: true, pattern: hostname };
  }
  const labels = hostname.split('.');
  if (hostname.length > MAX_DOMAIN_LENGTH || !labels.every((label) => LABEL.test(label))) {
    return invalid('invalid');
  }
  // A bare 'com' would silence a whole TLD by accident; '*.test' says so on purpose.
  if (labels.length === 1 && !isWildcard) return invalid('singleLabel');
  return { ok: true, pattern: isWildcard ? WILDCARD + hostname : hostname };
}

/** Whether `host` (as URL.hostname gives it) is covered by `pattern`. Invalid patterns match nothing. */
export function hostMatchesPattern(host: string, pattern: string): boolean {
  const matcher = compilePattern(pattern);
  return matcher !== undefined && matches(canonicalHost(host), matcher);
}

/** Whether `host` is covered by any of `patterns`. */
export function hostMatchesAny(host: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const canonical = canonicalHost(host);
  for (const pattern of patterns) {
    const matcher = compilePattern(pattern);
    if (matcher !== undefined && matches(canonical, matcher)) return true;
  }
  return false;
}

type Matcher = { readonly domain: string; readonly self: boolean; readonly subdomains: boolean };

// Settings hold the patterns as typed; the content script matches thousands of links against them,
// so each pattern is parsed once. Bounded because patterns are user data.
const compiledPatterns = new Map<string, Matcher | null>();
const MAX_COMPILED_PATTERNS = 1024;

function compilePattern(pattern: string): Matcher | undefined {
  let matcher = compiledPatterns.get(pattern);
  if (matcher === undefined) {
    matcher = toMatcher(parseDomainPattern(pattern));
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(pattern, matcher);
  }
  return matcher ?? undefined;
}

function toMatcher(parsed: DomainPatternResult): Matcher | null {
  if (!parsed.ok) return null;
  const { pattern } = parsed;
  if (pattern.startsWith(WILDCARD)) {
    return { domain: pattern.slice(WILDCARD.length), self: false, subdomains: true };
  }
  const isIp = pattern.startsWith('[') || parseDottedIpv4(pattern) !== undefined;
  return { domain: pattern, self: true, subdomains: !isIp };
}

function matches(host: string, { domain, self, subdomains }: Matcher): boolean {
  if (host === domain) return self;
  return (
    subdomains &&
    host.length > domain.length &&
    host.endsWith(domain) &&
    host.charCodeAt(host.length - domain.length - 1) === 0x2e // '.'
  );
}

function canonicalHost(host: string): string {
  // Hosts from URL.hostname are already canonical: skip the parser on the hot path and only forgive
  // case and a root dot. Non-ASCII means someone passed a host the parser has not seen.
  if (/^[\x21-\x7e]*$/.test(host)) return host.toLowerCase().replace(/\.+$/, '');
  return parseHostText(bracketIpv6(host) ?? host) ?? host;
}

function invalid(problem: Problem): DomainPatternResult {
  return { ok: false, message: t(`eligibility.domain.${problem}`) };
}
