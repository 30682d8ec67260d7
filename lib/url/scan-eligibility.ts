import { hostMatchesAny } from './domain-pattern';
import { classifyHost } from './host-classification';
import { parseNormalisedUrl } from './normalise-url';

export type ScanRefusal =
  | 'invalid-url'
  | 'scheme'
  | 'credentials'
  | 'loopback'
  | 'private-address'
  | 'link-local'
  | 'reserved-address'
  | 'local-hostname'
  | 'never-scan'
  | 'too-long';

export type Eligibility =
  | { eligible: true; url: string; host: string }
  | { eligible: false; refusal: ScanRefusal; message: string };

/** Longer URLs are refused rather than truncated: a truncated URL is a different page. */
export const MAX_SCAN_URL_LENGTH = 8192;

export const REFUSAL_MESSAGES: Readonly<Record<ScanRefusal, string>> = {
  'invalid-url': 'This is not a valid web address.',
  scheme: 'Only http:// and https:// links can be scanned.',
  credentials: 'Links that contain a username or password are never sent to the scanner.',
  loopback: 'Addresses on this computer (localhost) are never sent to the scanner.',
  'private-address': 'Private network addresses are never sent to the scanner.',
  'link-local': 'Link-local network addresses are never sent to the scanner.',
  'reserved-address': 'Reserved and special-purpose addresses are never sent to the scanner.',
  'local-hostname': 'Local network names are never sent to the scanner.',
  'never-scan': 'This domain is on your never-scan list.',
  'too-long': `Links longer than ${MAX_SCAN_URL_LENGTH.toLocaleString('en-US')} characters cannot be scanned.`,
};

/**
 * Whether `raw` (resolved against `base` when given) may be sent to the scanner, and if so in which
 * normalised form. Refuses anything that would leak a secret or a local network detail. Never throws.
 */
export function checkScanEligibility(
  raw: string,
  neverScanDomains: readonly string[],
  base?: string,
): Eligibility {
  const url = parseNormalisedUrl(raw, base);
  if (url === undefined) return refuse('invalid-url');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('scheme');
  if (url.username !== '' || url.password !== '') return refuse('credentials');
  const host = url.hostname;
  const hostRefusal = classifyHost(host);
  if (hostRefusal !== undefined) return refuse(hostRefusal);
  if (hostMatchesAny(host, neverScanDomains)) return refuse('never-scan');
  const href = url.href;
  if (href.length > MAX_SCAN_URL_LENGTH) return refuse('too-long');
  return { eligible: true, url: href, host };
}

function refuse(refusal: ScanRefusal): Eligibility {
  return { eligible: false, refusal, message: REFUSAL_MESSAGES[refusal] };
}
