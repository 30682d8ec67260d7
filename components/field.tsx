import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** A second note read with the control: who set it, or what else applies. */
  note?: string | undefined;
  error?: string | undefined;
  /** Renders the control; receives the ids its aria-describedby should name. */
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled control with its hint, note and error message beside it, all read out with the control. */
export function Field({ id, label, hint, note, error, children }: FieldProps) {
  const ids =
    [hint ? `${id}-hint` : '', note ? `${id}-note` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(ids)}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {note && (
        <p class="hint note" id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
