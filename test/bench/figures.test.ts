import { describe, expect, it } from 'vitest';
import { type Figure, formatTable, median, meetsTarget, percentile } from './figures';

describe('bench statistics', () => {
  it('takes the nearest-rank median and p95', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('reports no samples as NaN, never as zero', () => {
    expect(median([])).toBeNaN();
  });
});

describe('bench table', () => {
  const figure: Figure = {
    section: 'Weight',
    name: 'content script, gzipped',
    value: 13.4,
    unit: 'kB',
    target: { limit: 15, kind: 'max' },
  };

  it('says whether each figure meets its target', () => {
    expect(meetsTarget(figure)).toBe(true);
    expect(meetsTarget({ ...figure, value: 15.1 })).toBe(false);
    expect(meetsTarget({ ...figure, target: { limit: 20, kind: 'min' } })).toBe(false);
    expect(meetsTarget({ ...figure, target: undefined })).toBeUndefined();
  });

  it('prints a Markdown row with the value, its baseline and its target', () => {
    const table = formatTable([{ ...figure, baseline: { value: 40.5, label: 'raw' }, samples: 3 }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain(
      '| Weight | content script, gzipped | 13.4 kB | 40.5 kB (raw) | ≤ 15 kB | yes | n=3 |',
    );
  });
});
