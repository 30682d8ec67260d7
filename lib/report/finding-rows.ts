import { z } from '../z';
import type { FullReportSource } from './full-report-schema';
import { text, unique } from './summary-fields';

// What the scanner concluded (categories, detections, brands, tags) and its statistics of the page load.

/** Where a category comes from, for the component to put in words. */
export type CategoryKind = 'verdict' | 'content' | 'risk' | 'phishing' | 'brand' | 'tag';

export type CategoryRow = {
  name: string;
  kind: CategoryKind;
  /** The host (or, inherited, the parent domain) it is said of, where the report says. */
  about: string | undefined;
};

/** One line of the statistics: the requests of one resource type, protocol, server or TLS setup. */
export type BreakdownRow = {
  by: 'type' | 'protocol' | 'server' | 'tls';
  name: string | undefined;
  requests: number | undefined;
  size: number | undefined;
  transferred: number | undefined;
  ips: number | undefined;
  countries: string | undefined;
};

export interface StatsSection {
  totals: {
    requests: number | undefined;
    secureRequests: number | undefined;
    securePercentage: number | undefined;
    ipv6Percentage: number | undefined;
    countries: number | undefined;
    asns: number | undefined;
    links: number | undefined;
    /** Requests the scanner found malicious. */
    malicious: number | undefined;
    /** urlscan.io: requests its ad blocker stopped. */
    adBlocked: number | undefined;
  };
  breakdown: BreakdownRow[];
}

// urlscan.io lists brands as ids ("paypal") in `overall` and as objects in `urlscan`.
const brandName = z.union([
  z.string().transform((label) => ({ label, proper: false })),
  z.looseObject({ name: z.string() }).transform((b) => ({ label: b.name, proper: true })),
]);

export function categoryRowsOf(report: FullReportSource): CategoryRow[] | undefined {
  const processors = report.meta?.processors;
  const blocks = [report.verdicts?.overall, report.verdicts?.urlscan];
  if (!report.verdicts && !processors?.urlCategories && !processors?.phishing && !processors?.phishing_v2) {
    return undefined;
  }
  const rows: CategoryRow[] = [];
  const add = (kind: CategoryKind, names: readonly (string | undefined)[], about?: string) => {
    for (const name of unique(names)) rows.push({ name, kind, about: text(about) });
  };
  const brands = blocks
    .flatMap((block) => block?.brands ?? [])
    .flatMap((raw) => {
      const parsed = brandName.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  add(
    'verdict',
    blocks.flatMap((block) => block?.categories ?? []),
  );
  // Proper names ("PayPal") before ids ("paypal"), so the name is the one kept.
  add(
    'brand',
    [...brands.filter((b) => b.proper), ...brands.filter((b) => !b.proper)].map((b) => b.label),
  );
  add(
    'tag',
    blocks.flatMap((block) => block?.tags ?? []),
  );
  for (const host of processors?.urlCategories?.data ?? []) {
    add(
      'content',
      (host.content ?? []).map((c) => c.name),
      host.name,
    );
    add(
      'risk',
      (host.risks ?? []).map((c) => c.name),
      host.name,
    );
    const parent = host.inherited?.from ?? host.name;
    add(
      'content',
      (host.inherited?.content ?? []).map((c) => c.name),
      parent,
    );
    add(
      'risk',
      (host.inherited?.risks ?? []).map((c) => c.name),
      parent,
    );
  }
  add('phishing', [...(processors?.phishing?.data ?? []), ...(processors?.phishing_v2?.data ?? [])]);
  // The same name said twice of the same thing (overall and urlscan verdicts agree) is one row.
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.kind}|${row.name.toLowerCase()}|${row.about ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type StatsRow = { count?: number; size?: number; encodedSize?: number; ips?: string[]; countries?: string[] };

function breakdownRow(by: BreakdownRow['by'], name: string | undefined, stat: StatsRow): BreakdownRow {
  const countries = unique(stat.countries ?? []);
  return {
    by,
    name: text(name),
    requests: stat.count,
    size: stat.size,
    transferred: stat.encodedSize,
    ips: stat.ips ? unique(stat.ips).length : undefined,
    countries: countries.length > 0 ? countries.join(', ') : undefined,
  };
}

export function statsOf(report: FullReportSource): StatsSection | undefined {
  const { stats } = report;
  if (!stats) return undefined;
  const tlsName = (protocols: Record<string, number> | undefined, state: string | undefined) =>
    unique(Object.keys(protocols ?? {})).join(', ') || state;
  return {
    totals: {
      requests: report.data?.requests?.length,
      secureRequests: stats.secureRequests,
      securePercentage: stats.securePercentage,
      ipv6Percentage: stats.IPv6Percentage,
      countries: stats.uniqCountries,
      asns: stats.uniqASNs,
      links: stats.totalLinks,
      malicious: stats.malicious,
      adBlocked: stats.adBlocked,
    },
    breakdown: [
      ...(stats.resourceStats ?? []).map((s) => breakdownRow('type', s.type, s)),
      ...(stats.protocolStats ?? []).map((s) => breakdownRow('protocol', s.protocol, s)),
      ...(stats.serverStats ?? []).map((s) => breakdownRow('server', s.server, s)),
      ...(stats.tlsStats ?? []).map((s) => breakdownRow('tls', tlsName(s.protocols, s.securityState), s)),
    ],
  };
}
