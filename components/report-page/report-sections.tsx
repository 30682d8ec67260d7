import type { ReportSections as Sections } from '../../lib/report/full-report-sections';
import { CategoriesSection, StatsSectionView } from './finding-sections';
import {
  AsnsSection,
  CertificatesSection,
  DnsSection,
  DomainsSection,
  IpsSection,
  RedirectsSection,
  RequestsSection,
} from './network-sections';
import {
  ConsoleSection,
  CookiesSection,
  GlobalsSection,
  LinksSection,
  TechnologiesSection,
} from './page-sections';

/**
 * Every section of a Cloudflare or urlscan.io report, each saying so when the report lacks it; in the
 * order of `SECTION_IDS`, which the table of contents follows.
 */
export function ReportSections({ sections: s }: { sections: Sections }) {
  return (
    <>
      <RedirectsSection rows={s.redirects} />
      <RequestsSection rows={s.requests} />
      <DomainsSection rows={s.domains} />
      <IpsSection rows={s.ips} />
      <AsnsSection rows={s.asns} />
      <CertificatesSection rows={s.certificates} />
      <DnsSection rows={s.dns} />
      <CookiesSection rows={s.cookies} />
      <ConsoleSection rows={s.console} />
      <LinksSection rows={s.links} />
      <TechnologiesSection rows={s.technologies} />
      <CategoriesSection rows={s.categories} />
      <StatsSectionView stats={s.stats} />
      <GlobalsSection rows={s.globals} />
    </>
  );
}
