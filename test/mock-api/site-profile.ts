import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { carriesMarkup, HOSTILE_TITLE } from './hostile-strings';
import type { Verdict } from './types';
import { verdictFor } from './verdict';

/** Where a site is hosted, by the kind of site it is. */
interface Hosting {
  ipPrefix: string;
  asn: string;
  asnName: string;
  asnDescription: string;
  country: string;
  countryName: string;
  city: string;
  region: string;
  continent: string;
  ll: [number, number];
  server: string;
}

/** Everything the report, HAR, DOM and screenshot say about the scanned site, derived once. */
export interface SiteProfile extends Omit<Hosting, 'ipPrefix'> {
  verdict: Verdict;
  url: string;
  origin: string;
  host: string;
  apex: string;
  secure: boolean;
  ip: string;
  title: string;
  /** The report carries hostile markup in its strings (see hostile-strings.ts). */
  markup: boolean;
  /** Radar rank; undefined for domains too young or obscure to be ranked. */
  rank?: number;
  rankBucket: string;
}

// Documentation address blocks (RFC 5737) and ASNs (RFC 5398) for the bad actors, so the mock never
// pins "malicious" on a real network.
const SAFE_HOSTING: Hosting = {
  ipPrefix: '192.0.2.',
  asn: '13335',
  asnName: 'CLOUDFLARENET',
  asnDescription: 'CLOUDFLARENET - Cloudflare, Inc., US',
  country: 'US',
  countryName: 'United States',
  city: 'San Francisco',
  region: 'CA',
  continent: 'NA',
  ll: [37.7749, -122.4194],
  server: 'cloudflare',
};
const SHADY_HOSTING: Hosting = {
  ipPrefix: '198.51.100.',
  asn: '64500',
  asnName: 'EXAMPLE-VPS',
  asnDescription: 'EXAMPLE-VPS - Example Virtual Servers B.V., NL',
  country: 'NL',
  countryName: 'Netherlands',
  city: 'Amsterdam',
  region: 'NH',
  continent: 'EU',
  ll: [52.3676, 4.9041],
  server: 'nginx',
};
const BAD_HOSTING: Hosting = {
  ...SHADY_HOSTING,
  ipPrefix: '203.0.113.',
  asn: '64510',
  asnName: 'EXAMPLE-OFFSHORE',
  asnDescription: 'EXAMPLE-OFFSHORE - Example Offshore Hosting Ltd, SC',
  country: 'SC',
  countryName: 'Seychelles',
  city: 'Victoria',
  region: '',
  continent: 'AF',
  ll: [-4.6191, 55.4513],
  server: 'Apache/2.4.41 (Ubuntu)',
};

export function profileFor(url: string): SiteProfile {
  const parsed = new URL(url);
  const verdict = verdictFor(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const seed = createHash('sha256').update(host).digest();
  const hosting = verdict === 'malicious' ? BAD_HOSTING : verdict === 'safe' ? SAFE_HOSTING : SHADY_HOSTING;
  const markup = carriesMarkup(url);
  const rank = verdict === 'safe' ? 100 + (seed.readUInt32BE(0) % 200_000) : undefined;
  return {
    verdict,
    url: parsed.href,
    origin: parsed.origin,
    host,
    apex: apexOf(host),
    secure: parsed.protocol === 'https:',
    ...hosting,
    ip: isIP(host) ? host : `${hosting.ipPrefix}${1 + ((seed[4] ?? 0) % 254)}`,
    title: markup ? HOSTILE_TITLE : titleFor(verdict, host),
    markup,
    rank,
    rankBucket: rank === undefined ? '>200000' : bucketOf(rank),
  };
}

// Good enough for a mock: real apex detection needs the Public Suffix List.
function apexOf(host: string): string {
  if (isIP(host)) return host;
  return host.split('.').slice(-2).join('.');
}

function bucketOf(rank: number): string {
  const buckets = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000];
  return String(buckets.find((limit) => rank <= limit) ?? '>200000');
}

function titleFor(verdict: Verdict, host: string): string {
  switch (verdict) {
    case 'malicious':
      return 'Sign in to your account';
    case 'suspicious':
      return `${host} - Coming soon`;
    case 'unreachable':
      return '';
    case 'safe':
      return `Welcome to ${host}`;
  }
}
