import { useEffect, useRef, useState } from 'preact/hooks';
import { HistoryTransfer } from '../../components/history-transfer';
import { HostAccessNotice } from '../../components/host-access-notice';
import { OptionsForm } from '../../components/options-form';
import { ScanShortcut } from '../../components/scan-shortcut';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/send-request';
import { onManagedPolicyChange } from '../../lib/settings/managed-storage';
import {
  draftAfterPolicyChange,
  draftFromSettings,
  FIELD_FOR_SETTING,
  lockedDraftFields,
  type OptionsDraft,
  updateFromDraft,
} from '../../lib/settings/options-draft';
import type { SettingsView } from '../../lib/settings/settings-view';
import { ManagedNotice } from './managed-notice';

type Errors = Partial<Record<keyof OptionsDraft, string>>;

/** Loads the settings from the background, lets the person edit them, and saves through the background. */
export function OptionsPage() {
  const [current, setCurrent] = useState<SettingsView>();
  const [draft, setDraft] = useState<OptionsDraft>();
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // The settings on screen, for a policy change that arrives between renders.
  const shown = useRef<SettingsView>(undefined);

  const show = (settings: SettingsView) => {
    shown.current = settings;
    setCurrent(settings);
    setDraft(draftFromSettings(settings));
  };

  useEffect(() => {
    sendRequest({ type: 'get-settings' }).then(show, (e: Error) =>
      setStatus(t('options.loadFailed', [e.message])),
    );
    // A new policy shows at once; what the person is typing elsewhere in the form stays.
    return onManagedPolicyChange(() => {
      sendRequest({ type: 'get-settings' }).then(
        (next) => {
          const before = shown.current;
          shown.current = next;
          setCurrent(next);
          setDraft((draft) =>
            draft && before ? draftAfterPolicyChange(draft, before, next) : draftFromSettings(next),
          );
        },
        (e: Error) => setStatus(t('options.policyLoadFailed', [e.message])),
      );
    });
  }, []);

  if (!draft || !current) return <p role="status">{status || t('options.loading')}</p>;

  const showFieldErrors = (fieldErrors: Record<string, string>) => {
    const mapped: Errors = {};
    for (const [field, message] of Object.entries(fieldErrors)) {
      mapped[(FIELD_FOR_SETTING[field] ?? field) as keyof OptionsDraft] = message;
    }
    setErrors(mapped);
  };

  /** Runs one request with the form busy; failures are said in words (`failure`), never swallowed. */
  const withBusyForm = async (failure: (reason: string) => string, work: () => Promise<void>) => {
    setBusy(true);
    setStatus('');
    try {
      await work();
    } catch (e) {
      setStatus(failure((e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    withBusyForm(
      (reason) => t('options.notSaved', [reason]),
      async () => {
        const reply = await sendRequest({ type: 'save-settings', settings: updateFromDraft(draft, current) });
        if (reply.saved) {
          show(reply.settings);
          setErrors({});
          setStatus(t('options.saved'));
        } else {
          showFieldErrors(reply.errors);
          setStatus(t('options.notSavedFields'));
        }
      },
    );

  const testConnection = () =>
    withBusyForm(
      (reason) => t('options.testFailed', [reason]),
      async () => {
        const reply = await sendRequest({
          type: 'test-connection',
          settings: updateFromDraft(draft, current),
        });
        if ('errors' in reply) {
          showFieldErrors(reply.errors);
          setStatus(t('options.notTestedFields'));
        } else {
          setErrors({});
          setStatus(reply.message);
        }
      },
    );

  return (
    <>
      <h1>{t('options.pageTitle')}</h1>
      <HostAccessNotice />
      {current.resetKeys.length > 0 && (
        <p role="alert">{t('options.resetKeys', [current.resetKeys.join(', ')])}</p>
      )}
      <ManagedNotice managed={current.managed} />
      <OptionsForm
        draft={draft}
        errors={errors}
        locked={lockedDraftFields(current.managed)}
        managedNeverScanDomains={current.managed.neverScanDomains}
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
