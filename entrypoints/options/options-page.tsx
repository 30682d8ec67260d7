import { useEffect, useState } from 'preact/hooks';
import { HistoryTransfer } from '../../components/history-transfer';
import { OptionsForm } from '../../components/options-form';
import { ScanShortcut } from '../../components/scan-shortcut';
import type { SettingsView } from '../../lib/messaging/handle-request';
import { sendRequest } from '../../lib/messaging/send-request';
import {
  draftFromSettings,
  FIELD_FOR_SETTING,
  type OptionsDraft,
  updateFromDraft,
} from '../../lib/settings/options-draft';

type Errors = Partial<Record<keyof OptionsDraft, string>>;

/** Loads the settings from the background, lets the person edit them, and saves through the background. */
export function OptionsPage() {
  const [current, setCurrent] = useState<SettingsView>();
  const [draft, setDraft] = useState<OptionsDraft>();
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const show = (settings: SettingsView) => {
    setCurrent(settings);
    setDraft(draftFromSettings(settings));
  };

  useEffect(() => {
    sendRequest({ type: 'get-settings' }).then(show, (e: Error) =>
      setStatus(`Could not load the settings: ${e.message}`),
    );
  }, []);

  if (!draft || !current) return <p role="status">{status || 'Loading…'}</p>;

  const showFieldErrors = (fieldErrors: Record<string, string>) => {
    const mapped: Errors = {};
    for (const [field, message] of Object.entries(fieldErrors)) {
      mapped[(FIELD_FOR_SETTING[field] ?? field) as keyof OptionsDraft] = message;
    }
    setErrors(mapped);
  };

  /** Runs one request with the form busy; failures are said in words, never swallowed. */
  const withBusyForm = async (failure: string, work: () => Promise<void>) => {
    setBusy(true);
    setStatus('');
    try {
      await work();
    } catch (e) {
      setStatus(`${failure}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    withBusyForm('Not saved', async () => {
      const reply = await sendRequest({ type: 'save-settings', settings: updateFromDraft(draft, current) });
      if (reply.saved) {
        show(reply.settings);
        setErrors({});
        setStatus('Saved.');
      } else {
        showFieldErrors(reply.errors);
        setStatus('Not saved: please correct the fields marked below.');
      }
    });

  const testConnection = () =>
    withBusyForm('Could not test the connection', async () => {
      const reply = await sendRequest({ type: 'test-connection', settings: updateFromDraft(draft, current) });
      if ('errors' in reply) {
        showFieldErrors(reply.errors);
        setStatus('Not tested: please correct the fields marked below.');
      } else {
        setErrors({});
        setStatus(reply.message);
      }
    });

  return (
    <>
      <h1>Scanlink options</h1>
      {current.resetKeys.length > 0 && (
        <p role="alert">
          Some saved settings could not be read and were reset to their defaults:{' '}
          {current.resetKeys.join(', ')}.
        </p>
      )}
      <OptionsForm
        draft={draft}
        errors={errors}
        busy={busy}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
        onSave={() => void save()}
        onTestConnection={() => void testConnection()}
      />
      <p class="status" role="status">
        {status}
      </p>
      <ScanShortcut />
      <HistoryTransfer />
    </>
  );
}
