import { useState } from 'preact/hooks';
import { sendRequest } from '../lib/messaging/send-request';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Saves `text` as a file the person downloads; the object URL lives only for the click. */
function download(fileName: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Export of the history as JSON or CSV (never the settings), and import of a JSON export, merged in. */
export function HistoryTransfer() {
  const [status, setStatus] = useState('');

  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const file = await sendRequest({ type: 'export-history', format });
      download(file.fileName, file.type, file.text);
      setStatus(`Exported ${file.fileName}.`);
    } catch (error) {
      setStatus(`Not exported: ${(error as Error).message}`);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const added = await sendRequest({ type: 'import-history', text: await file.text() });
      setStatus(
        `Imported ${count(added.scans, 'new scan')} and ${count(added.verdicts, 'verdict')}; the rest were already here.`,
      );
    } catch (error) {
      setStatus(`Not imported: ${(error as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="history-transfer-heading">
      <h2 id="history-transfer-heading">History</h2>
      <p class="hint">Scans and verdicts only: settings, tokens and keys are never in the file.</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void exportAs('json')}>
          Export as JSON
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
          Export as CSV
        </button>
      </div>
      <label>
        Import a history file (JSON)
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
