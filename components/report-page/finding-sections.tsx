import { t } from '../../lib/i18n/translate';
import type { BreakdownRow, CategoryRow, StatsSection } from '../../lib/report/finding-rows';
import { Field } from '../report-summary';
import { trafficColumns } from './byte-columns';
import { count, percent } from './cell-format';
import { type Column, DataTable } from './data-table';
import { ReportBlock } from './report-block';
import { sectionFilterLabel } from './section-names';
import { TableSection } from './table-section';

// Columns are made when drawn, so their headers and words are in the language of the strings.

const categoryColumns = (): readonly Column<CategoryRow>[] => [
  { key: 'name', label: t('reportPage.columns.name'), long: true },
  {
    key: 'kind',
    label: t('reportPage.columns.kind'),
    format: (row) => t(`reportPage.categoryKind.${row.kind}`),
  },
  { key: 'about', label: t('reportPage.columns.saidOf'), long: true },
];

export function CategoriesSection({ rows }: { rows: CategoryRow[] | undefined }) {
  return <TableSection id="categories" columns={categoryColumns()} rows={rows} />;
}

const breakdownColumns = (): readonly Column<BreakdownRow>[] => [
  { key: 'by', label: t('reportPage.columns.by'), format: (row) => t(`reportPage.breakdownBy.${row.by}`) },
  { key: 'name', label: t('reportPage.columns.name'), long: true },
  { key: 'requests', label: t('reportPage.columns.requests'), numeric: true },
  ...trafficColumns(),
  { key: 'ips', label: t('reportPage.columns.ips'), numeric: true },
  { key: 'countries', label: t('reportPage.columns.countries') },
];

export function StatsSectionView({ stats }: { stats: StatsSection | undefined }) {
  const totals = stats?.totals;
  return (
    <ReportBlock id="stats" rows={stats && [stats]}>
      {totals && (
        <dl class="report-totals">
          <Field term={t('reportPage.totals.requests')}>{count(totals.requests)}</Field>
          <Field term={t('reportPage.totals.secureRequests')}>{count(totals.secureRequests)}</Field>
          <Field term={t('reportPage.totals.secureShare')}>{percent(totals.securePercentage)}</Field>
          <Field term={t('reportPage.totals.ipv6Share')}>{percent(totals.ipv6Percentage)}</Field>
          <Field term={t('reportPage.totals.countries')}>{count(totals.countries)}</Field>
          <Field term={t('reportPage.totals.networks')}>{count(totals.asns)}</Field>
          <Field term={t('reportPage.totals.links')}>{count(totals.links)}</Field>
          <Field term={t('reportPage.totals.malicious')}>{count(totals.malicious)}</Field>
          <Field term={t('reportPage.totals.adBlocked')}>{count(totals.adBlocked)}</Field>
        </dl>
      )}
      {stats && stats.breakdown.length > 0 && (
        <DataTable
          label={t('reportPage.sections.stats.table')}
          filterLabel={sectionFilterLabel('stats')}
          columns={breakdownColumns()}
          rows={stats.breakdown}
        />
      )}
    </ReportBlock>
  );
}
