import { createHash } from 'node:crypto';
import { domFor } from './dom';
import type { SiteProfile } from './site-profile';

/** GeoIP as the report spells it. */
export interface Geo {
  city: string;
  country: string;
  country_name: string;
  ll: number[];
  region: string;
}

/** One network request the simulated browser made while loading the page. */
export interface Resource {
  requestId: string;
  url: string;
  host: string;
  type: 'Document' | 'Script';
  mimeType: string;
  status: number;
  size: number;
  encodedSize: number;
  ip: string;
  asn: string;
  asnName: string;
  asnDescription: string;
  country: string;
  geo: Geo;
  server: string;
  protocol: string;
  secure: boolean;
  /** Milliseconds after navigation start. */
  startMs: number;
  durationMs: number;
  hash: string;
}

// Every loaded page also pulls a script from a shared CDN, so `domain:` (any request went there)
// and `page.domain:` (the page itself) give different search results, as they do for real.
export const CDN_HOST = 'cdnjs.cloudflare.com';
const CDN_SCRIPT = `https://${CDN_HOST}/ajax/libs/jquery/3.7.1/jquery.min.js`;
const CDN_SCRIPT_SIZE = 87_533;

/** The requests behind a scan; empty when the page could not be loaded at all. */
export function resourcesFor(profile: SiteProfile): Resource[] {
  if (profile.verdict === 'unreachable') return [];
  const html = domFor(profile);
  const htmlSize = Buffer.byteLength(html);
  const document: Resource = {
    requestId: requestId(profile.url),
    url: profile.url,
    host: profile.host,
    type: 'Document',
    mimeType: 'text/html',
    status: 200,
    size: htmlSize,
    encodedSize: Math.round(htmlSize * 0.6),
    ip: profile.ip,
    asn: profile.asn,
    asnName: profile.asnName,
    asnDescription: profile.asnDescription,
    country: profile.country,
    geo: geoOf(profile),
    server: profile.server,
    protocol: profile.secure ? 'h2' : 'http/1.1',
    secure: profile.secure,
    startMs: 0,
    durationMs: 182,
    hash: sha256(html),
  };
  const script: Resource = {
    requestId: requestId(`${profile.url}#script`),
    url: CDN_SCRIPT,
    host: CDN_HOST,
    type: 'Script',
    mimeType: 'application/javascript',
    status: 200,
    size: CDN_SCRIPT_SIZE,
    encodedSize: 30_512,
    ip: '192.0.2.250',
    asn: '13335',
    asnName: 'CLOUDFLARENET',
    asnDescription: 'CLOUDFLARENET - Cloudflare, Inc., US',
    country: 'US',
    geo: {
      city: 'San Francisco',
      country: 'US',
      country_name: 'United States',
      ll: [37.7749, -122.4194],
      region: 'CA',
    },
    server: 'cloudflare',
    protocol: 'h2',
    secure: true,
    startMs: 214,
    durationMs: 41,
    hash: sha256(CDN_SCRIPT),
  };
  return [document, script];
}

export function geoOf(profile: SiteProfile): Geo {
  const { city, country, countryName, ll, region } = profile;
  return { city, country, country_name: countryName, ll: [...ll], region };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

// Chrome DevTools request ids look like "12345.1".
function requestId(seed: string): string {
  return `${(Number.parseInt(sha256(seed).slice(0, 6), 16) % 90_000) + 10_000}.1`;
}
