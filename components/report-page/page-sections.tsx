import { t } from '../../lib/i18n/translate';
import type { ConsoleRow, CookieRow, GlobalRow, LinkRow, TechnologyRow } from '../../lib/report/page-rows';
import { sizeColumn } from './byte-columns';
import { dateTime, yesNo } from './cell-format';
import type { Column } from './data-table';
import { TableSection } from './table-section';

// What the page held. Links are listed as text, never as links: they are the scanned page's own.
// Columns are made when drawn, so their headers are in the language of the strings.

const cookieColumns = (): readonly Column<CookieRow>[] => [
  { key: 'name', label: t('reportPage.columns.name'), long: true },
  { key: 'value', label: t('reportPage.columns.value'), long: true },
  { key: 'domain', label: t('reportPage.columns.domain'), long: true },
  { key: 'path', label: t('reportPage.columns.path') },
  {
    key: 'expires',
    label: t('reportPage.columns.expires'),
    format: (row) => dateTime(row.expires) ?? (row.session ? t('reportPage.endOfSession') : undefined),
  },
  { key: 'httpOnly', label: t('reportPage.columns.httpOnly'), format: (row) => yesNo(row.httpOnly) },
  { key: 'secure', label: t('reportPage.columns.secure'), format: (row) => yesNo(row.secure) },
  { key: 'sameSite', label: t('reportPage.columns.sameSite') },
  sizeColumn(),
];

export function CookiesSection({ rows }: { rows: CookieRow[] | undefined }) {
  return <TableSection id="cookies" columns={cookieColumns()} rows={rows} />;
}

const consoleColumns = (): readonly Column<ConsoleRow>[] => [
  { key: 'index', label: t('reportPage.columns.index'), numeric: true },
  { key: 'level', label: t('reportPage.columns.level') },
  { key: 'source', label: t('reportPage.columns.source') },
  { key: 'text', label: t('reportPage.columns.message'), long: true },
  { key: 'url', label: t('reportPage.columns.address'), long: true },
];

export function ConsoleSection({ rows }: { rows: ConsoleRow[] | undefined }) {
  return <TableSection id="console" columns={consoleColumns()} rows={rows} />;
}

const linkColumns = (): readonly Column<LinkRow>[] => [
  { key: 'text', label: t('reportPage.columns.text'), long: true },
  { key: 'href', label: t('reportPage.columns.address'), long: true },
];

export function LinksSection({ rows }: { rows: LinkRow[] | undefined }) {
  return <TableSection id="links" columns={linkColumns()} rows={rows} />;
}

const technologyColumns = (): readonly Column<TechnologyRow>[] => [
  { key: 'name', label: t('reportPage.columns.technology') },
  { key: 'categories', label: t('reportPage.columns.categories') },
  { key: 'confidence', label: t('reportPage.columns.confidence'), numeric: true },
  { key: 'website', label: t('reportPage.columns.website'), long: true },
];

export function TechnologiesSection({ rows }: { rows: TechnologyRow[] | undefined }) {
  return <TableSection id="technologies" columns={technologyColumns()} rows={rows} />;
}

const globalColumns = (): readonly Column<GlobalRow>[] => [
  { key: 'name', label: t('reportPage.columns.name'), long: true },
  { key: 'type', label: t('reportPage.columns.type') },
];

export function GlobalsSection({ rows }: { rows: GlobalRow[] | undefined }) {
  return <TableSection id="globals" columns={globalColumns()} rows={rows} />;
}
