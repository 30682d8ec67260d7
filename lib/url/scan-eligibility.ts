import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
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

/** Why `refusal` keeps a link from the scanner, in one sentence for a person. */
export function refusalMessage(refusal: ScanRefusal): string {
  switch (refusal) {
    case 'invalid-url':
      return t('eligibility.invalidUrl');
    case 'scheme':
      return t('eligibility.scheme');
    case 'credentials':
      return t('eligibility.credentials');
    case 'loopback':
      return t('eligibility.loopback');
    case 'private-address':
      return t('eligibility.privateAddress');
    case 'link-local':
      return t('eligibility.linkLocal');
    case 'reserved-address':
      return t('eligibility.reservedAddress');
    case 'local-hostname':
      return t('eligibility.localHostname');
    case 'never-scan':
      return t('eligibility.neverScan');
    case 'too-long':
      return t('eligibility.tooLong', [formatNumber(MAX_SCAN_URL_LENGTH)]);
  }
}

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
  return { eligible: false, refusal, message: refusalMessage(refusal) };
}
