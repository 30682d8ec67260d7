import { t } from '../lib/i18n/translate';
import type { OptionsDraft } from '../lib/settings/options-draft';
import { Field } from './field';

export interface FormControlProps {
  draft: OptionsDraft;
  errors: Partial<Record<keyof OptionsDraft, string>>;
  /** Fields the organisation sets: shown, disabled, and saying why. */
  locked: ReadonlySet<keyof OptionsDraft>;
  onChange: (patch: Partial<OptionsDraft>) => void;
}

type TextKey = { [K in keyof OptionsDraft]: OptionsDraft[K] extends string ? K : never }[keyof OptionsDraft];
type SwitchKey = 'autoScanOnHover' | 'autoScanOnVisit' | 'autoScanOnClick' | 'showSafeBadges' | 'strictMode';

/** The options form's labelled inputs, bound to the draft: each shows its own error and hint. */
export function formControls({ draft, errors, locked, onChange }: FormControlProps) {
  const text =
    (key: TextKey, type: 'text' | 'password' | 'email' | 'url' | 'number' = 'text') =>
    (describedBy: string | undefined) => (
      <input
        id={key}
        name={key}
        // Preact types each input type separately; these are all plain text boxes.
        type={type as 'text'}
        value={String(draft[key])}
        disabled={locked.has(key)}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        onInput={(e) => onChange({ [key]: e.currentTarget.value })}
      />
    );
  const textField = (key: TextKey, label: string, type?: Parameters<typeof text>[1], hint?: string) => (
    <Field
      id={key}
      label={label}
      hint={locked.has(key) ? undefined : hint}
      note={locked.has(key) ? t('options.setByOrganisation') : undefined}
      error={errors[key]}
    >
      {text(key, type)}
    </Field>
  );
  const switchField = (key: SwitchKey, label: string, hint?: string) => (
    <div class="check">
      <label>
        <input
          type="checkbox"
          name={key}
          checked={draft[key]}
          aria-describedby={hint ? `${key}-hint` : undefined}
          onChange={(e) => onChange({ [key]: e.currentTarget.checked })}
        />
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${key}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
  const domainList = (
    key: 'neverScanDomains' | 'trustedSites',
    label: string,
    hint: string,
    note?: string,
  ) => (
    <Field id={key} label={label} hint={hint} note={note} error={errors[key]}>
      {(describedBy) => (
        <textarea
          id={key}
          name={key}
          rows={4}
          value={draft[key]}
          aria-invalid={errors[key] ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onChange({ [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );
  /** A secret field's hint: whether one is saved (it never comes back to the page). */
  const secretHint = (saved: boolean) => (saved ? t('options.secretSaved') : undefined);
  /**
   * For a group of radio buttons the organisation sets: the note every button names in its
   * aria-describedby, so a screen reader says why it cannot be changed.
   */
  const lockedGroup = (key: keyof OptionsDraft) => {
    const noteId = `${key}-note`;
    return {
      disabled: locked.has(key),
      describedBy: (...others: string[]) =>
        [...others, locked.has(key) ? noteId : ''].filter(Boolean).join(' ') || undefined,
      note: locked.has(key) ? (
        <p class="hint note" id={noteId}>
          {t('options.setByOrganisation')}
        </p>
      ) : null,
    };
  };

  return { textField, switchField, domainList, secretHint, lockedGroup };
}
