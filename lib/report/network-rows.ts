import type { FullReportSource } from './full-report-schema';
import { text, unique } from './summary-fields';

// Where the page's requests went: domains, IP addresses, networks (ASNs), TLS certificates and DNS
// records. The report spreads each over several places (`stats`, `lists`, `meta.processors`, the
// requests themselves); a row merges what they say, and a thing only `lists` names still gets a row.

/** Several values in one cell. */
const joined = (values: readonly (string | undefined)[] | undefined) => {
  const kept = unique(values ?? []);
  return kept.length > 0 ? kept.join(', ') : undefined;
};
/** Unix seconds as ms since the epoch; 0 and negatives mean "not said". */
const seconds = (value: number | undefined) => (value !== undefined && value > 0 ? value * 1000 : undefined);
/** "AS64510" and "64510" are one network. */
const asnNumber = (value: string | undefined) => text(value?.replace(/^AS/i, ''));

export type DomainRow = {
  domain: string;
  requests: number | undefined;
  size: number | undefined;
  transferred: number | undefined;
  ips: string | undefined;
  countries: string | undefined;
  /** The hosts whose pages asked for something on this domain. */
  initiators: string | undefined;
};

export type IpRow = {
  ip: string;
  /** The network's number, without "AS". */
  asn: string | undefined;
  asnName: string | undefined;
  country: string | undefined;
  city: string | undefined;
  /** The host name its reverse DNS gives (urlscan.io). */
  ptr: string | undefined;
  requests: number | undefined;
  domains: string | undefined;
  size: number | undefined;
};

export type AsnRow = {
  asn: string;
  name: string | undefined;
  description: string | undefined;
  country: string | undefined;
  ips: string | undefined;
};

export type CertificateRow = {
  subject: string | undefined;
  issuer: string | undefined;
  /** ms since the epoch */
  validFrom: number | undefined;
  validTo: number | undefined;
  /** The other names the certificate covers. */
  names: string | undefined;
  protocol: string | undefined;
};

export type DnsRow = {
  name: string | undefined;
  type: string | undefined;
  address: string | undefined;
  dnssec: boolean | undefined;
};

/** Rows keyed by one value, `extra` names added after the known ones; undefined when no source exists. */
function withListed<R>(
  known: R[] | undefined,
  keyOf: (row: R) => string,
  listed: readonly string[] | undefined,
  rowFor: (key: string) => R,
): R[] | undefined {
  if (known === undefined && listed === undefined) return undefined;
  const rows = known ?? [];
  const seen = new Set(rows.map(keyOf));
  return [
    ...rows,
    ...unique(listed ?? [])
      .filter((key) => !seen.has(key))
      .map(rowFor),
  ];
}

export function domainRowsOf(report: FullReportSource): DomainRow[] | undefined {
  const stats = report.stats?.domainStats?.flatMap((s) => {
    const domain = text(s.domain);
    if (!domain) return [];
    return [
      {
        domain,
        requests: s.count,
        size: s.size,
        transferred: s.encodedSize,
        ips: joined(s.ips),
        countries: joined(s.countries),
        initiators: joined(s.initiators),
      },
    ];
  });
  const blank = { requests: undefined, size: undefined, transferred: undefined } as const;
  return withListed(
    stats,
    (row) => row.domain,
    report.lists?.domains,
    (domain) => ({
      domain,
      ...blank,
      ips: undefined,
      countries: undefined,
      initiators: undefined,
    }),
  );
}

export function ipRowsOf(report: FullReportSource): IpRow[] | undefined {
  const processors = report.meta?.processors;
  const geoByIp = new Map((processors?.geoip?.data ?? []).map((g) => [g.ip, g.geoip]));
  const asnByIp = new Map((processors?.asn?.data ?? []).map((a) => [a.ip, a]));
  const ptrByIp = new Map((processors?.rdns?.data ?? []).map((r) => [r.ip, text(r.ptr)]));
  const rowFor = (
    ip: string,
    stat?: NonNullable<NonNullable<FullReportSource['stats']>['ipStats']>[number],
  ) => {
    const asn = stat?.asn ?? asnByIp.get(ip);
    const geo = stat?.geoip ?? geoByIp.get(ip);
    return {
      ip,
      asn: asnNumber(asn?.asn),
      asnName: text(asn?.name),
      country: text(geo?.country ?? asn?.country),
      city: text(geo?.city),
      ptr: ptrByIp.get(ip),
      requests: stat?.requests ?? stat?.count,
      domains: joined(stat?.domains),
      size: stat?.size,
    };
  };
  const stats = report.stats?.ipStats?.flatMap((s) => {
    const ip = text(s.ip);
    return ip ? [rowFor(ip, s)] : [];
  });
  const listed = [...(report.lists?.ips ?? []), ...geoByIp.keys(), ...asnByIp.keys()].filter(
    (ip): ip is string => !!text(ip),
  );
  const anyListed = report.lists?.ips !== undefined || geoByIp.size > 0 || asnByIp.size > 0;
  return withListed(
    stats,
    (row) => row.ip,
    anyListed ? listed : undefined,
    (ip) => rowFor(ip),
  );
}

export function asnRowsOf(report: FullReportSource): AsnRow[] | undefined {
  type AsnSource = { asn?: string; name?: string; description?: string; country?: string; ip?: string };
  const sources: AsnSource[] = [
    ...(report.meta?.processors?.asn?.data ?? []),
    ...(report.stats?.ipStats ?? []).flatMap((s) => (s.asn ? [{ ...s.asn, ip: s.asn.ip ?? s.ip }] : [])),
    ...(report.data?.requests ?? []).flatMap((r) => (r.response?.asn ? [r.response.asn] : [])),
    ...(report.lists?.asns ?? []).map((asn) => ({ asn })),
  ];
  const said = report.meta?.processors?.asn ?? report.stats?.ipStats ?? report.lists?.asns;
  if (said === undefined && sources.length === 0) return undefined;
  const byAsn = new Map<string, { row: AsnRow; ips: string[] }>();
  for (const source of sources) {
    const asn = asnNumber(source.asn);
    if (!asn) continue;
    const known = byAsn.get(asn) ?? {
      row: { asn, name: undefined, description: undefined, country: undefined, ips: undefined },
      ips: [],
    };
    const { row } = known;
    row.name ??= text(source.name);
    row.description ??= text(source.description);
    row.country ??= text(source.country);
    if (source.ip) known.ips.push(source.ip);
    byAsn.set(asn, known);
  }
  return [...byAsn.values()].map(({ row, ips }) => ({ ...row, ips: joined(ips) }));
}

export function certificateRowsOf(report: FullReportSource): CertificateRow[] | undefined {
  const fromRequests = (report.data?.requests ?? []).flatMap((r) => {
    const details = r.response?.response?.securityDetails;
    return details ? [details] : [];
  });
  const listed = report.lists?.certificates;
  if (listed === undefined && report.data?.requests === undefined) return undefined;
  const rows = new Map<string, CertificateRow>();
  // The requests' copies say more (names covered, protocol): they go first and win the merge.
  for (const cert of [...fromRequests, ...(listed ?? [])]) {
    const row: CertificateRow = {
      subject: text(cert.subjectName),
      issuer: text(cert.issuer),
      validFrom: seconds(cert.validFrom),
      validTo: seconds(cert.validTo),
      names: joined(cert.sanList),
      protocol: text(cert.protocol),
    };
    const key = [row.subject, row.issuer, row.validFrom].join('|');
    if (!rows.has(key) && (row.subject || row.issuer)) rows.set(key, row);
  }
  return [...rows.values()];
}

export function dnsRowsOf(report: FullReportSource): DnsRow[] | undefined {
  return report.meta?.processors?.dns?.data?.map((record) => ({
    name: text(record.name),
    type: text(record.type),
    address: text(record.address),
    dnssec: record.dnssec_valid,
  }));
}
