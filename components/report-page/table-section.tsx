import type { ComponentChildren } from 'preact';
import type { TableRow } from '../../lib/report/report-table';
import { type Column, DataTable } from './data-table';
import { ReportBlock } from './report-block';
import { type SectionId, sectionFilterLabel, sectionTitle } from './section-names';

interface TableSectionProps<R extends TableRow> {
  id: SectionId;
  columns: readonly Column<R>[];
  /** Undefined when the report has no such section. */
  rows: readonly R[] | undefined;
  /** Said above the table. */
  children?: ComponentChildren;
}

/** A section of the full report that is one table, named as the section is. */
export function TableSection<R extends TableRow>({ id, columns, rows, children }: TableSectionProps<R>) {
  return (
    <ReportBlock id={id} rows={rows}>
      {children}
      <DataTable
        label={sectionTitle(id)}
        filterLabel={sectionFilterLabel(id)}
        columns={columns}
        rows={rows ?? []}
      />
    </ReportBlock>
  );
}
