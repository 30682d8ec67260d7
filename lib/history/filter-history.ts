import type { ScanRow } from '../db/rows';

export interface HistoryFilter {
  text: string;
  kind: ScanRow['kind'] | 'all';
}

/** The scans matching a filter: text in the URL, final URL or title (any case), and the verdict. */
export function filterHistory(scans: readonly ScanRow[], filter: HistoryFilter): ScanRow[] {
  const needle = filter.text.trim().toLowerCase();
  return scans.filter(
    (scan) =>
      (filter.kind === 'all' || scan.kind === filter.kind) &&
      (!needle ||
        [scan.url, scan.finalUrl, scan.title].some((field) => field?.toLowerCase().includes(needle))),
  );
}
