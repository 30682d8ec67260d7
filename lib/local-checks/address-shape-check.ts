import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { classifyHost } from '../url/host-classification';
import type { AddressFacts } from './address-facts';
import { toUnicodeHostname } from './punycode';

/** More labels than this in front of the registrable domain is a way to push it out of view. */
export const MAX_SUBDOMAIN_LABELS = 4;

// Routers and intranet tools live at private addresses; a bare IP there is normal, not a disguise.
const LOCAL_RANGES = new Set(['loopback', 'private-address', 'link-local']);

// The host as the link wrote it, before the parser canonicalised it (0xCB.0.113.5 → 203.0.113.5).
const RAW_HOST = /^\s*[a-z][a-z\d+.-]*:[/\\]*(?:[^/\\?#@]*@)?(\[[^\]]*\]|[^/\\?#:]*)/i;

/** Reasons the shape of the address (not its words) is suspicious. */
export function addressShapeReasons(facts: AddressFacts, rawUrl: string): string[] {
  const { url } = facts;
  const reasons: string[] = [];
  const shownHost = toUnicodeHostname(url.hostname);
  if (url.username !== '' || url.password !== '') {
    reasons.push(t('checks.atSign', [shownHost]));
  }
  if (facts.isIpHost && !LOCAL_RANGES.has(classifyHost(url.hostname) ?? '')) {
    reasons.push(t('checks.bareIp', [url.hostname]));
    const rawHost = RAW_HOST.exec(rawUrl)?.[1]?.toLowerCase().replace(/\.+$/, '');
    if (rawHost !== undefined && !rawHost.startsWith('[') && rawHost !== url.hostname) {
      reasons.push(t('checks.disguisedIp', [rawHost, url.hostname]));
    }
  }
  const depth = facts.subdomainLabels.length;
  if (depth > MAX_SUBDOMAIN_LABELS) {
    reasons.push(t('checks.stackedSubdomains', [formatNumber(depth), facts.registrable]));
  }
  return reasons;
}
