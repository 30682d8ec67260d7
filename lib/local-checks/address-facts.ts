import { parseDottedIpv4 } from '../url/ipv4-address';
import { toUnicodeHostname } from './punycode';
import { splitHost } from './registrable-domain';
import { type Brand, brandOwning } from './well-known-brands';

/** What the checks need to know about a web address, worked out once. */
export type AddressFacts = {
  readonly url: URL;
  /** True for IPv4 and (bracketed) IPv6 hosts. */
  readonly isIpHost: boolean;
  /** The registrable domain in Unicode (the host itself for an IP address). */
  readonly registrable: string;
  /** The first label of the registrable domain in Unicode: "paypal" in paypal.co.uk. */
  readonly registrableLabel: string;
  readonly suffix: string;
  /** Labels in front of the registrable domain, in Unicode. */
  readonly subdomainLabels: readonly string[];
  /** The brand whose own site this is, if any. */
  readonly owner: Brand | undefined;
  /** The path, percent-decoded and lower-cased. */
  readonly path: string;
};

/** Facts about `url`, which must be a parsed web URL (hostname as the WHATWG parser gives it). */
export function addressFacts(url: URL): AddressFacts {
  const { hostname } = url;
  const path = safeDecode(url.pathname).toLowerCase();
  if (isIpHostname(hostname)) {
    const empty = { registrableLabel: '', suffix: '', subdomainLabels: [], owner: undefined };
    return { url, isIpHost: true, registrable: hostname, path, ...empty };
  }
  const parts = splitHost(hostname);
  const registrable = toUnicodeHostname(parts.registrable);
  return {
    url,
    isIpHost: false,
    registrable,
    registrableLabel: registrable.split('.')[0] ?? '',
    suffix: parts.suffix,
    subdomainLabels: parts.subdomainLabels.map(toUnicodeHostname),
    owner: brandOwning(parts.registrable),
    path,
  };
}

/** Whether a URL hostname is an IP literal. The parser has already rewritten 0x7f.1 as 127.0.0.1. */
export function isIpHostname(hostname: string): boolean {
  return hostname.startsWith('[') || parseDottedIpv4(hostname) !== undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
