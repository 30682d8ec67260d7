import { type AddressRange, classifyIpv4 } from './ipv4-address';

/** An IPv6 address as eight 16-bit groups. */
type Ipv6Groups = readonly number[];

type Ipv6Prefix = { readonly groups: Ipv6Groups; readonly length: number };

/** Either the range itself, or "judge by the IPv4 address carried in groups `ipv4At` and `ipv4At + 1`". */
type Ipv6Rule = Ipv6Prefix & ({ readonly range: AddressRange } | { readonly ipv4At: number });

// First match wins. IANA IPv6 Special-Purpose Address Registry (RFC 6890 and successors):
// https://www.iana.org/assignments/iana-ipv6-special-registry/
const IPV6_RULES: readonly Ipv6Rule[] = [
  { ...prefix('::/128'), range: 'reserved-address' }, // unspecified
  { ...prefix('::1/128'), range: 'loopback' },
  // Addresses that carry an IPv4 address mean that address: ::ffff:127.0.0.1 is loopback.
  { ...prefix('::ffff:0:0/96'), ipv4At: 6 }, // IPv4-mapped
  { ...prefix('::ffff:0:0:0/96'), ipv4At: 6 }, // IPv4-translated (RFC 2765)
  { ...prefix('::/96'), ipv4At: 6 }, // IPv4-compatible (deprecated, RFC 4291)
  { ...prefix('64:ff9b::/96'), ipv4At: 6 }, // NAT64 well-known prefix (RFC 6052)
  { ...prefix('64:ff9b:1::/48'), range: 'private-address' }, // local-use NAT64 (RFC 8215)
  { ...prefix('2002::/16'), ipv4At: 1 }, // 6to4 (RFC 3056)
  { ...prefix('fc00::/7'), range: 'private-address' }, // unique local
  { ...prefix('fec0::/10'), range: 'private-address' }, // site-local (deprecated)
  { ...prefix('fe80::/10'), range: 'link-local' },
  { ...prefix('ff00::/8'), range: 'reserved-address' }, // multicast
  { ...prefix('2001:db8::/32'), range: 'reserved-address' }, // documentation
  { ...prefix('3fff::/20'), range: 'reserved-address' }, // documentation (RFC 9637)
  { ...prefix('2001:2::/48'), range: 'reserved-address' }, // benchmarking
  { ...prefix('100::/64'), range: 'reserved-address' }, // discard-only
];

// Only 2000::/3 is allocated for global unicast; everything outside it that no rule named is reserved.
const GLOBAL_UNICAST = prefix('2000::/3');

/**
 * Eight groups from an IPv6 literal, with or without brackets, in the hex form the WHATWG parser
 * serialises (it rewrites an embedded dotted IPv4 to hex and rejects zone IDs). Undefined otherwise.
 */
export function parseIpv6(text: string): Ipv6Groups | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const halves = bare.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** The special range an IPv6 address falls in, or undefined for a public address. */
export function classifyIpv6(groups: Ipv6Groups): AddressRange | undefined {
  for (const rule of IPV6_RULES) {
    if (!hasPrefix(groups, rule)) continue;
    if ('range' in rule) return rule.range;
    const high = groups[rule.ipv4At] ?? 0;
    const low = groups[rule.ipv4At + 1] ?? 0;
    return classifyIpv4(high * 0x10000 + low);
  }
  return hasPrefix(groups, GLOBAL_UNICAST) ? undefined : 'reserved-address';
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  for (const part of text.split(':')) {
    if (!/^[0-9a-f]{1,4}$/i.test(part)) return undefined;
    groups.push(Number.parseInt(part, 16));
  }
  return groups;
}

function hasPrefix(groups: Ipv6Groups, { groups: network, length }: Ipv6Prefix): boolean {
  for (let i = 0; i * 16 < length; i++) {
    const bits = Math.min(16, length - i * 16);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((network[i] ?? 0) & mask)) return false;
  }
  return true;
}

function prefix(cidr: string): Ipv6Prefix {
  const [address = '', bits = ''] = cidr.split('/');
  const groups = parseIpv6(address);
  const length = Number(bits);
  if (groups === undefined || !(length >= 1 && length <= 128)) throw new Error(`Bad CIDR ${cidr}`);
  return { groups, length };
}
