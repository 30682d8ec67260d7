/** One measured figure, beside the baseline measured in the same run and the target we hold it to. */
export interface Figure {
  /** The heading the figure belongs to, e.g. "Heavy pages". */
  section: string;
  /** What was measured, in words, e.g. "extra main-thread time, 10,000 links". */
  name: string;
  value: number;
  unit: string;
  /** The same quantity without Scanlink (or for the naive client), from the same run. */
  baseline?: { value: number; label: string };
  /** `max`: the value must be at most `limit`; `min`: at least. */
  target?: { limit: number; kind: 'max' | 'min' };
  /** How many samples the value summarises (a median of N runs, say). */
  samples?: number;
  note?: string;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for no values, so an empty measurement never passes for zero. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Whether a figure meets its target; undefined when it has none. */
export function meetsTarget(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  const { limit, kind } = figure.target;
  return kind === 'max' ? figure.value <= limit : figure.value >= limit;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function withUnit(value: number, unit: string): string {
  return `${formatNumber(value)} ${unit}`.trim();
}

function targetText(figure: Figure): string {
  if (!figure.target) return '';
  return `${figure.target.kind === 'max' ? '≤' : '≥'} ${withUnit(figure.target.limit, figure.unit)}`;
}

/** The figures as a Markdown table, one row each, grouped by section in the order given. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const met = meetsTarget(figure);
    return [
      figure.section,
      figure.name,
      withUnit(figure.value, figure.unit),
      figure.baseline ? `${withUnit(figure.baseline.value, figure.unit)} (${figure.baseline.label})` : '',
      targetText(figure),
      met === undefined ? '' : met ? 'yes' : 'NO',
      [figure.samples ? `n=${figure.samples}` : '', figure.note ?? ''].filter(Boolean).join('; '),
    ];
  });
  const header = ['section', 'figure', 'value', 'baseline (same run)', 'target', 'met', 'notes'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}
