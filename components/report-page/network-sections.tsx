import { t } from '../../lib/i18n/translate';
import type { AsnRow, CertificateRow, DnsRow, DomainRow, IpRow } from '../../lib/report/network-rows';
import type { RedirectRow, RequestRow } from '../../lib/report/request-rows';
import { sizeColumn, trafficColumns } from './byte-columns';
import { country, day, yesNo } from './cell-format';
import type { Column } from './data-table';
import { TableSection } from './table-section';

// The page load: where the browser went, what it fetched, and from whom. Columns are made when drawn,
// so their headers are in the language of the strings.

const redirectColumns = (): readonly Column<RedirectRow>[] => [
  { key: 'step', label: t('reportPage.columns.step'), numeric: true },
  { key: 'url', label: t('reportPage.columns.address'), long: true },
  { key: 'status', label: t('reportPage.columns.status'), numeric: true },
];

export function RedirectsSection({ rows }: { rows: RedirectRow[] | undefined }) {
  return (
    <TableSection id="redirects" columns={redirectColumns()} rows={rows}>
      {rows && rows.length < 2 && <p>{t('reportPage.noRedirect')}</p>}
    </TableSection>
  );
}

const requestColumns = (): readonly Column<RequestRow>[] => [
  { key: 'index', label: t('reportPage.columns.index'), numeric: true },
  { key: 'method', label: t('reportPage.columns.method') },
  { key: 'status', label: t('reportPage.columns.status'), numeric: true },
  { key: 'type', label: t('reportPage.columns.type') },
  { key: 'url', label: t('reportPage.columns.address'), long: true },
  ...trafficColumns(),
  { key: 'ip', label: t('reportPage.columns.ip') },
  { key: 'country', label: t('reportPage.columns.country'), format: (row) => country(row.country) },
  { key: 'protocol', label: t('reportPage.columns.protocol') },
];

export function RequestsSection({ rows }: { rows: RequestRow[] | undefined }) {
  return <TableSection id="requests" columns={requestColumns()} rows={rows} />;
}

const domainColumns = (): readonly Column<DomainRow>[] => [
  { key: 'domain', label: t('reportPage.columns.domain'), long: true },
  { key: 'requests', label: t('reportPage.columns.requests'), numeric: true },
  ...trafficColumns(),
  { key: 'ips', label: t('reportPage.columns.ips'), long: true },
  { key: 'countries', label: t('reportPage.columns.countries') },
  { key: 'initiators', label: t('reportPage.columns.initiators'), long: true },
];

export function DomainsSection({ rows }: { rows: DomainRow[] | undefined }) {
  return <TableSection id="domains" columns={domainColumns()} rows={rows} />;
}

const ipColumns = (): readonly Column<IpRow>[] => [
  { key: 'ip', label: t('reportPage.columns.ip') },
  { key: 'asn', label: t('reportPage.columns.asn'), format: (row) => row.asn && `AS${row.asn}` },
  { key: 'asnName', label: t('reportPage.columns.network') },
  { key: 'country', label: t('reportPage.columns.country'), format: (row) => country(row.country) },
  { key: 'city', label: t('reportPage.columns.city') },
  { key: 'ptr', label: t('reportPage.columns.reverseDns'), long: true },
  { key: 'requests', label: t('reportPage.columns.requests'), numeric: true },
  { key: 'domains', label: t('reportPage.columns.domains'), long: true },
  sizeColumn(),
];

export function IpsSection({ rows }: { rows: IpRow[] | undefined }) {
  return <TableSection id="ips" columns={ipColumns()} rows={rows} />;
}

const asnColumns = (): readonly Column<AsnRow>[] => [
  { key: 'asn', label: t('reportPage.columns.asn'), format: (row) => `AS${row.asn}` },
  { key: 'name', label: t('reportPage.columns.name') },
  { key: 'description', label: t('reportPage.columns.description'), long: true },
  { key: 'country', label: t('reportPage.columns.country'), format: (row) => country(row.country) },
  { key: 'ips', label: t('reportPage.columns.ips'), long: true },
];

export function AsnsSection({ rows }: { rows: AsnRow[] | undefined }) {
  return <TableSection id="asns" columns={asnColumns()} rows={rows} />;
}

const certificateColumns = (): readonly Column<CertificateRow>[] => [
  { key: 'subject', label: t('reportPage.columns.issuedTo'), long: true },
  { key: 'issuer', label: t('reportPage.columns.issuedBy') },
  { key: 'validFrom', label: t('reportPage.columns.validFrom'), format: (row) => day(row.validFrom) },
  { key: 'validTo', label: t('reportPage.columns.validUntil'), format: (row) => day(row.validTo) },
  { key: 'names', label: t('reportPage.columns.namesCovered'), long: true },
  { key: 'protocol', label: t('reportPage.columns.protocol') },
];

export function CertificatesSection({ rows }: { rows: CertificateRow[] | undefined }) {
  return <TableSection id="certificates" columns={certificateColumns()} rows={rows} />;
}

const dnsColumns = (): readonly Column<DnsRow>[] => [
  { key: 'name', label: t('reportPage.columns.name'), long: true },
  { key: 'type', label: t('reportPage.columns.type') },
  { key: 'address', label: t('reportPage.columns.address'), long: true },
  { key: 'dnssec', label: t('reportPage.columns.dnssecValid'), format: (row) => yesNo(row.dnssec) },
];

export function DnsSection({ rows }: { rows: DnsRow[] | undefined }) {
  return <TableSection id="dns" columns={dnsColumns()} rows={rows} />;
}
