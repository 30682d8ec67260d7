import { type AddressRange, classifyIpv4, parseDottedIpv4 } from './ipv4-address';
import { classifyIpv6, parseIpv6 } from './ipv6-address';

/** Why a host must stay inside the browser. */
export type HostRefusal = AddressRange | 'local-hostname';

// Names that only resolve on a local network (RFC 6762 .local, RFC 8375 .home.arpa, ICANN's 2024
// .internal) or by router/OS convention. A scanner on the internet would see someone else's, or nothing.
const LOCAL_SUFFIXES = ['.local', '.internal', '.lan', '.home.arpa', '.localdomain', '.corp', '.home'];

/**
 * Why `hostname` must not be scanned, or undefined if it may be. Expects the hostname as the WHATWG
 * parser gives it (lower-case, punycode, canonical IP literals, IPv6 in brackets, no trailing dot).
 */
export function classifyHost(hostname: string): HostRefusal | undefined {
  if (hostname.startsWith('[')) {
    const groups = parseIpv6(hostname);
    // Unreachable for parser output; if it ever happens, refuse rather than guess.
    return groups === undefined ? 'reserved-address' : classifyIpv6(groups);
  }
  const ipv4 = parseDottedIpv4(hostname);
  if (ipv4 !== undefined) return classifyIpv4(ipv4);
  // RFC 6761: localhost and every name under it are this machine.
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return 'loopback';
  // A single label ('intranet', 'router') is resolved through the local search domain.
  if (!hostname.includes('.')) return 'local-hostname';
  for (const suffix of LOCAL_SUFFIXES) {
    if (hostname.endsWith(suffix)) return 'local-hostname';
  }
  return undefined;
}
