import { useId, useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/locale-format';
import { t } from '../../lib/i18n/translate';
import {
  ariaSortOf,
  FIRST_ROWS,
  filterRows,
  firstRows,
  nextSortOrder,
  type SortOrder,
  sortRows,
  type TableRow,
} from '../../lib/report/report-table';

export interface Column<R extends TableRow> {
  key: keyof R & string;
  label: string;
  /** The cell as the table shows it; the value itself when absent. */
  format?: (row: R) => string | undefined;
  /** Numbers and sizes, aligned to the right. */
  numeric?: boolean;
  /** Addresses and messages, which may break anywhere. */
  long?: boolean;
}

interface DataTableProps<R extends TableRow> {
  /** The table's accessible name ("Requests"). */
  label: string;
  /** The filter box's label ("Filter requests"). */
  filterLabel: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
}

function cellText<R extends TableRow>(column: Column<R>, row: R): string {
  if (column.format) return column.format(row) ?? '';
  const value = row[column.key];
  if (value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/**
 * One of the report's tables: sorted by a click (or Enter) on a column's header, filtered by typing, and
 * drawn 200 rows at a time until the person asks for all. Every cell is report data: text, never markup.
 */
export function DataTable<R extends TableRow>({ label, filterLabel, columns, rows }: DataTableProps<R>) {
  const [order, setOrder] = useState<SortOrder>();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const countId = useId();

  // What each row reads as, worked out once per report rather than on every key typed.
  const texts = useMemo(
    () => new Map(rows.map((row) => [row, columns.map((column) => cellText(column, row)).join('\n')])),
    [rows, columns],
  );
  const keys = useMemo(() => new Map(rows.map((row, index) => [row, index])), [rows]);
  const matching = useMemo(
    () => filterRows(rows, query, (row) => texts.get(row) ?? ''),
    [rows, query, texts],
  );
  const sorted = useMemo(() => sortRows(matching, order), [matching, order]);
  const { shown, hidden } = firstRows(sorted, showAll);

  return (
    <div class="data-table">
      <label class="table-filter">
        {filterLabel}
        <input
          type="search"
          value={query}
          aria-describedby={countId}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <p id={countId} class="hint" aria-live="polite">
        {query
          ? t('reportPage.table.matching', matching.length, [
              formatNumber(matching.length),
              formatNumber(rows.length),
            ])
          : t('reportPage.table.rows', rows.length, [formatNumber(rows.length)])}
      </p>
      <div class="table-scroll">
        <table aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => {
                const sort = ariaSortOf(order, column.key);
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sort}
                    class={column.numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      class="sort-button"
                      onClick={() => setOrder(nextSortOrder(order, column.key))}
                    >
                      {column.label}
                      <span class="sort-mark" aria-hidden="true">
                        {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={keys.get(row)}>
                {columns.map((column) => (
                  <td key={column.key} class={column.numeric ? 'numeric' : column.long ? 'long' : undefined}>
                    {cellText(column, row)}
                  </td>
                ))}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('reportPage.table.noMatch')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {sorted.length > FIRST_ROWS && (
        // One button that stays where it is, so keyboard focus is not lost when it is pressed.
        <button type="button" class="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('reportPage.table.showFirst', [formatNumber(FIRST_ROWS)])
            : t('reportPage.table.showAll', [formatNumber(sorted.length), formatNumber(hidden)])}
        </button>
      )}
    </div>
  );
}
