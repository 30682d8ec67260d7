import type { ScanRow } from '../lib/db/rows';
import type { HistoryFilter } from '../lib/history/filter-history';

const KINDS: { value: HistoryFilter['kind']; label: string }[] = [
  { value: 'all', label: 'All verdicts' },
  { value: 'malicious', label: 'Malicious' },
  { value: 'suspicious', label: 'Suspicious' },
  { value: 'safe', label: 'No threats found' },
  { value: 'unknown', label: 'Unknown' },
];

interface HistoryListProps {
  scans: readonly ScanRow[];
  filter: HistoryFilter;
  onFilter: (filter: HistoryFilter) => void;
  onClear: () => void;
  /** Opens the scan's report; the entry is a button, so keyboard and screen readers reach it. */
  onOpen: (scan: ScanRow) => void;
}

/** Recent scans, newest first, with a text and verdict filter. URLs and titles are report data: text only. */
export function HistoryList({ scans, filter, onFilter, onClear, onOpen }: HistoryListProps) {
  return (
    <section aria-labelledby="history-heading" class="history">
      <h2 id="history-heading">Recent scans</h2>
      <div class="history-filters">
        <label>
          Filter history
          <input
            type="search"
            value={filter.text}
            onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })}
          />
        </label>
        <label>
          Verdict
          <select
            value={filter.kind}
            onChange={(e) => onFilter({ ...filter, kind: e.currentTarget.value as HistoryFilter['kind'] })}
          >
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scans.length === 0 ? (
        <p class="hint">No scans to show.</p>
      ) : (
        <ol class="history-items">
          {scans.map((scan) => (
            <li key={scan.scanId} class={`verdict-${scan.kind}`}>
              <button type="button" class="history-open" onClick={() => onOpen(scan)}>
                <span class="history-kind">{scan.kind}</span> <span class="history-url">{scan.url}</span>{' '}
                <time dateTime={new Date(scan.finishedAt).toISOString()}>
                  {new Date(scan.finishedAt).toLocaleString()}
                </time>
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" class="secondary" onClick={onClear}>
        Clear history
      </button>
    </section>
  );
}
