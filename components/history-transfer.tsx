import { useState } from 'preact/hooks';
import { formatNumber } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';
import { sendRequest } from '../lib/messaging/send-request';
import { saveFile } from './save-file';

/** "Imported 1 new scan and 0 verdicts; …": each count in its own plural form. */
const importedWords = (added: { scans: number; verdicts: number }) =>
  t('transfer.imported', [
    t('transfer.newScans', added.scans, [formatNumber(added.scans)]),
    t('transfer.verdicts', added.verdicts, [formatNumber(added.verdicts)]),
  ]);

/** Export of the history as JSON or CSV (never the settings), and import of a JSON export, merged in. */
export function HistoryTransfer() {
  const [status, setStatus] = useState('');

  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const file = await sendRequest({ type: 'export-history', format });
      saveFile(file.fileName, file.type, file.text);
      setStatus(t('transfer.exported', [file.fileName]));
    } catch (error) {
      setStatus(t('transfer.notExported', [(error as Error).message]));
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const added = await sendRequest({ type: 'import-history', text: await file.text() });
      setStatus(importedWords(added));
    } catch (error) {
      setStatus(t('transfer.notImported', [(error as Error).message]));
    }
  };

  return (
    <section aria-labelledby="history-transfer-heading">
      <h2 id="history-transfer-heading">{t('transfer.heading')}</h2>
      <p class="hint">{t('transfer.hint')}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void exportAs('json')}>
          {t('transfer.exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
          {t('transfer.exportCsv')}
        </button>
      </div>
      <label>
        {t('transfer.import')}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
      {/* Announced like a status, but not one: the form above owns the page's status line. */}
      <p aria-live="polite">{status}</p>
    </section>
  );
}
