import { type CategoryRow, categoryRowsOf, type StatsSection, statsOf } from './finding-rows';
import { fullReportSchema } from './full-report-schema';
import {
  type AsnRow,
  asnRowsOf,
  type CertificateRow,
  certificateRowsOf,
  type DnsRow,
  type DomainRow,
  dnsRowsOf,
  domainRowsOf,
  type IpRow,
  ipRowsOf,
} from './network-rows';
import {
  type ConsoleRow,
  type CookieRow,
  consoleRowsOf,
  cookieRowsOf,
  type GlobalRow,
  globalRowsOf,
  type LinkRow,
  linkRowsOf,
  type TechnologyRow,
  technologyRowsOf,
} from './page-rows';
import { type RedirectRow, type RequestRow, redirectRowsOf, requestRowsOf } from './request-rows';

/**
 * Every section of a Cloudflare or urlscan.io report as table rows. A section is absent when the report
 * does not have it (the APIs omit many fields), and an empty list when the report says there were none.
 * Every string is the scanned site's or the scanner's: display it as text only.
 */
export interface ReportSections {
  redirects?: RedirectRow[];
  requests?: RequestRow[];
  domains?: DomainRow[];
  ips?: IpRow[];
  asns?: AsnRow[];
  certificates?: CertificateRow[];
  dns?: DnsRow[];
  cookies?: CookieRow[];
  console?: ConsoleRow[];
  links?: LinkRow[];
  globals?: GlobalRow[];
  technologies?: TechnologyRow[];
  categories?: CategoryRow[];
  stats?: StatsSection;
}

/** Leaves absent sections out, so that the page can tell "not in this report" from "none". */
function present<T extends object>(sections: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(sections).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The sections of a stored report; undefined when it is not a report of this family at all. */
export function sectionsOf(stored: unknown): ReportSections | undefined {
  const parsed = fullReportSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const report = parsed.data;
  return present({
    redirects: redirectRowsOf(report),
    requests: requestRowsOf(report),
    domains: domainRowsOf(report),
    ips: ipRowsOf(report),
    asns: asnRowsOf(report),
    certificates: certificateRowsOf(report),
    dns: dnsRowsOf(report),
    cookies: cookieRowsOf(report),
    console: consoleRowsOf(report),
    links: linkRowsOf(report),
    globals: globalRowsOf(report),
    technologies: technologyRowsOf(report),
    categories: categoryRowsOf(report),
    stats: statsOf(report),
  });
}
