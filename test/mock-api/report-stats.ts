import { linksFor } from './dom';
import type { Report } from './fixture';
import type { Resource } from './resources';
import type { SiteProfile } from './site-profile';

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const sum = (resources: Resource[], pick: (r: Resource) => number): number =>
  resources.reduce((total, r) => total + pick(r), 0);

function groupBy(resources: Resource[], key: (r: Resource) => string): [string, Resource[]][] {
  const groups = new Map<string, Resource[]>();
  for (const resource of resources) {
    const k = key(resource);
    groups.set(k, [...(groups.get(k) ?? []), resource]);
  }
  return [...groups];
}

/** `lists.*`: the distinct things the page touched. */
export function buildLists(profile: SiteProfile, resources: Resource[], startedAt: number): Report['lists'] {
  const validFrom = Math.floor(startedAt / 1000) - 30 * 86_400;
  return {
    asns: unique(resources.map((r) => r.asn)),
    certificates: unique(resources.filter((r) => r.secure).map((r) => r.host)).map((host) => ({
      issuer: 'WE1',
      subjectName: host,
      validFrom,
      validTo: validFrom + 90 * 86_400,
    })),
    continents: resources.length > 0 ? unique([profile.continent, 'NA']) : [],
    countries: unique(resources.map((r) => r.country)),
    domains: unique(resources.map((r) => r.host)),
    hashes: unique(resources.map((r) => r.hash)),
    ips: unique(resources.map((r) => r.ip)),
    linkDomains: unique(linksFor(profile).map((link) => new URL(link.href).hostname)).filter(
      (host) => host !== profile.host,
    ),
    servers: unique(resources.map((r) => r.server)),
    urls: unique(resources.map((r) => r.url)),
  };
}

/** `stats.*`: the same requests, aggregated several ways. */
export function buildStats(profile: SiteProfile, resources: Resource[]): Report['stats'] {
  const countriesOf = (rs: Resource[]) => unique(rs.map((r) => r.country));
  const ipsOf = (rs: Resource[]) => unique(rs.map((r) => r.ip));
  const size = (rs: Resource[]) => sum(rs, (r) => r.size);
  const encodedSize = (rs: Resource[]) => sum(rs, (r) => r.encodedSize);
  const secure = resources.filter((r) => r.secure);
  const total = size(resources);
  return {
    domainStats: groupBy(resources, (r) => r.host).map(([domain, rs], index) => ({
      count: rs.length,
      countries: countriesOf(rs),
      domain,
      encodedSize: encodedSize(rs),
      index,
      initiators: [profile.host],
      ips: ipsOf(rs),
      redirects: 0,
      size: size(rs),
    })),
    ipStats: groupBy(resources, (r) => r.ip).map(([ip, rs], index) => {
      const first = rs[0] as Resource;
      return {
        asn: {
          asn: first.asn,
          country: first.country,
          description: first.asnDescription,
          ip,
          name: first.asnName,
          org: first.asnDescription.split(' - ')[1] ?? first.asnName,
        },
        countries: countriesOf(rs),
        domains: unique(rs.map((r) => r.host)),
        encodedSize: encodedSize(rs),
        geoip: first.geo,
        index,
        ip,
        ipv6: ip.includes(':'),
        redirects: 0,
        requests: rs.length,
        size: size(rs),
        count: rs.length,
      };
    }),
    IPv6Percentage: 0,
    malicious: profile.verdict === 'malicious' ? 1 : 0,
    protocolStats: groupBy(resources, (r) => r.protocol).map(([protocol, rs]) => ({
      count: rs.length,
      countries: countriesOf(rs),
      encodedSize: encodedSize(rs),
      ips: ipsOf(rs),
      protocol,
      size: size(rs),
    })),
    resourceStats: groupBy(resources, (r) => r.type).map(([type, rs]) => ({
      compression: Number((size(rs) / Math.max(1, encodedSize(rs))).toFixed(2)),
      count: rs.length,
      countries: countriesOf(rs),
      encodedSize: encodedSize(rs),
      ips: ipsOf(rs),
      percentage: Math.round((size(rs) / Math.max(1, total)) * 100),
      size: size(rs),
      type,
    })),
    securePercentage: resources.length === 0 ? 0 : Math.round((secure.length / resources.length) * 100),
    secureRequests: secure.length,
    serverStats: groupBy(resources, (r) => r.server).map(([server, rs]) => ({
      count: rs.length,
      countries: countriesOf(rs),
      encodedSize: encodedSize(rs),
      ips: ipsOf(rs),
      server,
      size: size(rs),
    })),
    tlsStats:
      secure.length === 0
        ? []
        : [
            {
              count: secure.length,
              countries: countriesOf(secure),
              encodedSize: encodedSize(secure),
              ips: ipsOf(secure),
              protocols: { 'TLS 1.3 / AES_128_GCM': secure.length },
              securityState: 'secure',
              size: size(secure),
            },
          ],
    totalLinks: linksFor(profile).length,
    uniqASNs: unique(resources.map((r) => r.asn)).length,
    uniqCountries: countriesOf(resources).length,
  };
}
