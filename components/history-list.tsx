import type { ScanRow } from '../lib/db/rows';
import type { HistoryFilter } from '../lib/history/filter-history';
import { formatDateTime } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';

/** The verdict filter's choices, in the order offered. */
const filterChoices = (): { value: HistoryFilter['kind']; label: string }[] => [
  { value: 'all', label: t('history.all') },
  { value: 'malicious', label: t('verdict.malicious') },
  { value: 'suspicious', label: t('verdict.suspicious') },
  { value: 'safe', label: t('verdict.safe') },
  { value: 'unknown', label: t('history.unknown') },
];

/** A history entry's verdict in one word. */
const KIND_WORD: Record<ScanRow['kind'], () => string> = {
  malicious: () => t('history.kind.malicious'),
  suspicious: () => t('history.kind.suspicious'),
  safe: () => t('history.kind.safe'),
  unknown: () => t('history.kind.unknown'),
  pending: () => t('history.kind.pending'),
  error: () => t('history.kind.error'),
};

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
      <h2 id="history-heading">{t('history.heading')}</h2>
      <div class="history-filters">
        <label>
          {t('history.filter')}
          <input
            type="search"
            value={filter.text}
            onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('history.verdict')}
          <select
            value={filter.kind}
            onChange={(e) => onFilter({ ...filter, kind: e.currentTarget.value as HistoryFilter['kind'] })}
          >
            {filterChoices().map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scans.length === 0 ? (
        <p class="hint">{t('history.empty')}</p>
      ) : (
        <ol class="history-items">
          {scans.map((scan) => (
            <li key={scan.scanId} class={`verdict-${scan.kind}`}>
              <button type="button" class="history-open" onClick={() => onOpen(scan)}>
                <span class="history-kind">{KIND_WORD[scan.kind]()}</span>{' '}
                <span class="history-url">{scan.url}</span>{' '}
                <time dateTime={new Date(scan.finishedAt).toISOString()}>
                  {formatDateTime(scan.finishedAt)}
                </time>
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" class="secondary" onClick={onClear}>
        {t('history.clear')}
      </button>
    </section>
  );
}
