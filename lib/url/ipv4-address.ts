/** What a special-purpose address is, as far as scanning goes. */
export type AddressRange = 'loopback' | 'private-address' | 'link-local' | 'reserved-address';

// Declared before IPV4_RULES, which parses its CIDRs while the module loads.
const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

type Ipv4Rule = { readonly network: number; readonly mask: number; readonly range: AddressRange };

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and successors), plus multicast and class E.
// https://www.iana.org/assignments/iana-ipv4-special-registry/
const IPV4_RULES: readonly Ipv4Rule[] = (
  [
    ['127.0.0.0/8', 'loopback'],
    ['10.0.0.0/8', 'private-address'],
    ['172.16.0.0/12', 'private-address'],
    ['192.168.0.0/16', 'private-address'],
    ['100.64.0.0/10', 'private-address'], // carrier-grade NAT (RFC 6598)
    ['169.254.0.0/16', 'link-local'], // includes the cloud metadata endpoint 169.254.169.254
    ['0.0.0.0/8', 'reserved-address'],
    ['192.0.0.0/24', 'reserved-address'], // IETF protocol assignments
    ['192.0.2.0/24', 'reserved-address'], // TEST-NET-1
    ['198.18.0.0/15', 'reserved-address'], // benchmarking
    ['198.51.100.0/24', 'reserved-address'], // TEST-NET-2
    ['203.0.113.0/24', 'reserved-address'], // TEST-NET-3
    ['224.0.0.0/4', 'reserved-address'], // multicast
    ['240.0.0.0/4', 'reserved-address'], // class E, including broadcast 255.255.255.255
  ] as const
).map(([cidr, range]) => compileIpv4Rule(cidr, range));

/**
 * The address as an unsigned 32-bit number, for dotted-decimal text only. That is enough for hostnames
 * from the WHATWG parser, which rewrites 2130706433, 0177.0.0.1, 0x7f.1 and 127.1 to 127.0.0.1.
 */
export function parseDottedIpv4(text: string): number | undefined {
  const match = DOTTED_QUAD.exec(text);
  if (match === null) return undefined;
  let address = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(match[i]);
    if (octet > 255) return undefined;
    address = address * 256 + octet;
  }
  return address;
}

/** The special range an IPv4 address falls in, or undefined for a public address. */
export function classifyIpv4(address: number): AddressRange | undefined {
  for (const rule of IPV4_RULES) {
    if ((address & rule.mask) >>> 0 === rule.network) return rule.range;
  }
  return undefined;
}

function compileIpv4Rule(cidr: string, range: AddressRange): Ipv4Rule {
  const [address = '', bits = ''] = cidr.split('/');
  const network = parseDottedIpv4(address);
  const prefixLength = Number(bits);
  if (network === undefined || !(prefixLength >= 1 && prefixLength <= 32)) {
    throw new Error(`Bad CIDR ${cidr}`);
  }
  const mask = (0xffffffff << (32 - prefixLength)) >>> 0;
  return { network: (network & mask) >>> 0, mask, range };
}
