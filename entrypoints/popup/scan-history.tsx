import { useEffect, useState } from 'preact/hooks';
import { HistoryList } from '../../components/history-list';
import type { ScanRow } from '../../lib/db/rows';
import { filterHistory, type HistoryFilter } from '../../lib/history/filter-history';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';

const SHOWN = 200;

/** Loads the history from the background, keeps it current, and filters it as the person types. */
export function ScanHistory({ onOpen }: { onOpen: (scan: ScanRow) => void }) {
  const [scans, setScans] = useState<ScanRow[]>([]);
  const [filter, setFilter] = useState<HistoryFilter>({ text: '', kind: 'all' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () => sendRequest({ type: 'get-history', limit: SHOWN }).then(setScans, () => {});
    void load();
    return onVerdictUpdate(() => void load());
  }, []);

  const clear = async () => {
    await sendRequest({ type: 'clear-history' });
    setScans([]);
    setStatus(t('history.cleared'));
  };

  return (
    <>
      <HistoryList
        scans={filterHistory(scans, filter)}
        filter={filter}
        onFilter={setFilter}
        onClear={() => void clear()}
        onOpen={onOpen}
      />
      <p role="status" class="hint">
        {status}
      </p>
    </>
  );
}
