import type { OptionsDraft } from '../lib/settings/options-draft';
import { Field } from './field';

export interface FormControlProps {
  draft: OptionsDraft;
  errors: Partial<Record<keyof OptionsDraft, string>>;
  onChange: (patch: Partial<OptionsDraft>) => void;
}

type TextKey = { [K in keyof OptionsDraft]: OptionsDraft[K] extends string ? K : never }[keyof OptionsDraft];
type SwitchKey = 'autoScanOnHover' | 'autoScanOnVisit' | 'autoScanOnClick' | 'showSafeBadges' | 'strictMode';

/** The options form's labelled inputs, bound to the draft: each shows its own error and hint. */
export function formControls({ draft, errors, onChange }: FormControlProps) {
  const text =
    (key: TextKey, type: 'text' | 'password' | 'email' | 'url' | 'number' = 'text') =>
    (describedBy: string | undefined) => (
      <input
        id={key}
        name={key}
        // Preact types each input type separately; these are all plain text boxes.
        type={type as 'text'}
        value={String(draft[key])}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        onInput={(e) => onChange({ [key]: e.currentTarget.value })}
      />
    );
  const textField = (key: TextKey, label: string, type?: Parameters<typeof text>[1], hint?: string) => (
    <Field id={key} label={label} hint={hint} error={errors[key]}>
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
  const domainList = (key: 'neverScanDomains' | 'trustedSites', label: string, hint: string) => (
    <Field id={key} label={label} hint={hint} error={errors[key]}>
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
  const secretHint = (saved: boolean) =>
    saved ? 'Saved. Leave empty to keep it, or enter a new one to replace it.' : undefined;

  return { textField, switchField, domainList, secretHint };
}
