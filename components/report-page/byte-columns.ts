import { t } from '../../lib/i18n/translate';
import type { TableRow } from '../../lib/report/report-table';
import { bytes } from './cell-format';
import type { Column } from './data-table';

/** A row's size in bytes, shown as "12.3 kB" and sorted as a number. */
export function sizeColumn<R extends TableRow & { size?: number }>(): Column<R> {
  return {
    key: 'size',
    label: t('reportPage.columns.size'),
    numeric: true,
    format: (row) => bytes(row.size),
  };
}

/** Size, then bytes on the wire: the pair every traffic table shows. */
export function trafficColumns<R extends TableRow & { size?: number; transferred?: number }>(): Column<R>[] {
  return [
    sizeColumn<R>(),
    {
      key: 'transferred',
      label: t('reportPage.columns.transferred'),
      numeric: true,
      format: (row) => bytes(row.transferred),
    },
  ];
}
