import { uiLocale } from '../i18n/locale-format';

// The report page's tables as plain functions: which rows match a filter, in which order, and how many
// are drawn. The table component only keeps the state and draws what these return.

/** One cell's value; `undefined` when the report does not say. */
export type Cell = string | number | boolean | undefined;
/** A table row: its cells by column key. */
export type TableRow = { readonly [key: string]: Cell };

export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: string;
  direction: SortDirection;
}

/** How many rows a table draws until the person asks for all: a report may list thousands of requests. */
export const FIRST_ROWS = 200;

/** A header clicked: sorts by that column ascending, or reverses it when it is the sort already. */
export function nextSortOrder(current: SortOrder | undefined, key: string): SortOrder {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** `aria-sort` for a column's header: only the sorted column carries one. */
export function ariaSortOf(order: SortOrder | undefined, key: string): SortDirection | undefined {
  return order?.key === key ? order.direction : undefined;
}

function compareCells(collator: Intl.Collator, a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

const missing = (cell: Cell) => cell === undefined || cell === '';

/**
 * The rows sorted by one column (a stable sort: equal cells keep the report's order). Cells the report
 * does not fill go last in both directions, so reversing never buries what is known under blanks.
 */
export function sortRows<R extends TableRow>(rows: readonly R[], order: SortOrder | undefined): R[] {
  if (!order) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  // Text sorts the way the strings' language sorts it (German puts "Ä" with "A").
  const collator = new Intl.Collator(uiLocale(), { numeric: true, sensitivity: 'base' });
  return [...rows].sort((ra, rb) => {
    const a = ra[order.key];
    const b = rb[order.key];
    if (missing(a) || missing(b)) return Number(missing(a)) - Number(missing(b));
    return sign * compareCells(collator, a, b);
  });
}

/**
 * The rows whose text contains every word of the query, ignoring case. `textOf` gives a row's text as
 * the table shows it, so what the person reads is what they can filter by.
 */
export function filterRows<R>(rows: readonly R[], query: string, textOf: (row: R) => string): R[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = textOf(row).toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The rows to draw, and how many are left out until the person asks for all of them. */
export function firstRows<R>(
  rows: readonly R[],
  showAll: boolean,
  limit = FIRST_ROWS,
): { shown: readonly R[]; hidden: number } {
  if (showAll || rows.length <= limit) return { shown: rows, hidden: 0 };
  return { shown: rows.slice(0, limit), hidden: rows.length - limit };
}
