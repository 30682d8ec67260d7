import { describe, expect, it } from 'vitest';
import { ariaSortOf, filterRows, firstRows, nextSortOrder, sortRows, type TableRow } from './report-table';

const rows: TableRow[] = [
  { url: 'https://b.example/app.js', size: 87_533, status: 200, secure: true },
  { url: 'https://a.example/', size: 412, status: undefined, secure: false },
  { url: 'https://c.example/img10.png', size: undefined, status: 404, secure: true },
  { url: 'https://c.example/img9.png', size: 9_000, status: 200, secure: true },
];
const urls = (list: readonly TableRow[]) => list.map((row) => row.url);

describe('sorting', () => {
  it('sorts by a clicked column ascending, and reverses on the next click of the same column', () => {
    const first = nextSortOrder(undefined, 'size');
    expect(first).toEqual({ key: 'size', direction: 'ascending' });
    const second = nextSortOrder(first, 'size');
    expect(second).toEqual({ key: 'size', direction: 'descending' });
    expect(nextSortOrder(second, 'size')).toEqual({ key: 'size', direction: 'ascending' });
    // Another column starts ascending, whatever the previous one was.
    expect(nextSortOrder(second, 'url')).toEqual({ key: 'url', direction: 'ascending' });
  });

  it('compares numbers as numbers, and text in natural order (img9 before img10)', () => {
    expect(urls(sortRows(rows, { key: 'size', direction: 'ascending' }))).toEqual([
      'https://a.example/',
      'https://c.example/img9.png',
      'https://b.example/app.js',
      'https://c.example/img10.png',
    ]);
    expect(urls(sortRows(rows, { key: 'url', direction: 'descending' }))).toEqual([
      'https://c.example/img10.png',
      'https://c.example/img9.png',
      'https://b.example/app.js',
      'https://a.example/',
    ]);
  });

  it('puts cells the report leaves empty last in both directions', () => {
    expect(urls(sortRows(rows, { key: 'size', direction: 'descending' })).at(-1)).toBe(
      'https://c.example/img10.png',
    );
    expect(urls(sortRows(rows, { key: 'status', direction: 'descending' })).at(-1)).toBe(
      'https://a.example/',
    );
    expect(urls(sortRows(rows, { key: 'status', direction: 'ascending' })).at(-1)).toBe('https://a.example/');
  });

  it('keeps the report’s order for equal cells, and without a sort', () => {
    expect(urls(sortRows(rows, { key: 'secure', direction: 'descending' }))).toEqual([
      'https://b.example/app.js',
      'https://c.example/img10.png',
      'https://c.example/img9.png',
      'https://a.example/',
    ]);
    const unsorted = sortRows(rows, undefined);
    expect(unsorted).toEqual(rows);
    expect(unsorted).not.toBe(rows);
  });

  it('marks only the sorted column’s header with aria-sort', () => {
    const order = { key: 'size', direction: 'descending' } as const;
    expect(ariaSortOf(order, 'size')).toBe('descending');
    expect(ariaSortOf(order, 'url')).toBeUndefined();
    expect(ariaSortOf(undefined, 'size')).toBeUndefined();
  });
});

describe('filtering', () => {
  const textOf = (row: TableRow) => Object.values(row).join(' ');

  it('keeps rows containing every typed word, ignoring case and extra spaces', () => {
    expect(urls(filterRows(rows, '  C.EXAMPLE  404 ', textOf))).toEqual(['https://c.example/img10.png']);
    expect(urls(filterRows(rows, 'example png', textOf))).toHaveLength(2);
    expect(filterRows(rows, 'nothing-like-this', textOf)).toEqual([]);
  });

  it('keeps every row for an empty query', () => {
    expect(filterRows(rows, '   ', textOf)).toEqual(rows);
  });

  it('filters by the text the table shows, not only the raw values', () => {
    const shown = (row: TableRow) =>
      `${row.url} ${typeof row.size === 'number' ? `${row.size / 1000} kB` : ''}`;
    expect(urls(filterRows(rows, '87.533 kB', shown))).toEqual(['https://b.example/app.js']);
  });
});

describe('first rows', () => {
  const many = Array.from({ length: 1_000 }, (_, index) => ({ index }));

  it('draws the first 200 rows of a long table and says how many are left out', () => {
    const { shown, hidden } = firstRows(many, false);
    expect(shown).toHaveLength(200);
    expect(shown[199]).toEqual({ index: 199 });
    expect(hidden).toBe(800);
  });

  it('draws every row when asked, or when there are few', () => {
    expect(firstRows(many, true)).toEqual({ shown: many, hidden: 0 });
    expect(firstRows(many.slice(0, 200), false).hidden).toBe(0);
  });
});
