import type { ScreenshotResolution } from '../lib/cloudflare/api-schemas';
import type { OptionsDraft } from '../lib/settings/options-draft';
import { Field } from './field';

interface OptionsFormProps {
  draft: OptionsDraft;
  errors: Partial<Record<keyof OptionsDraft, string>>;
  busy: boolean;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onSave: () => void;
  onTestConnection: () => void;
}

const RESOLUTIONS: ScreenshotResolution[] = ['desktop', 'mobile', 'tablet'];

export function OptionsForm({ draft, errors, busy, onChange, onSave, onTestConnection }: OptionsFormProps) {
  const text =
    (key: keyof OptionsDraft, type: 'text' | 'password' | 'email' | 'url' | 'number' = 'text') =>
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
  const textField = (
    key: keyof OptionsDraft,
    label: string,
    type?: Parameters<typeof text>[1],
    hint?: string,
  ) => (
    <Field id={key} label={label} hint={hint} error={errors[key]}>
      {text(key, type)}
    </Field>
  );
  const switchField = (
    key: 'autoScanOnHover' | 'autoScanOnVisit' | 'autoScanOnClick' | 'showSafeBadges' | 'strictMode',
    label: string,
    hint?: string,
  ) => (
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
  const secretHint = draft.secretSaved
    ? 'Saved. Leave empty to keep it, or enter a new one to replace it.'
    : undefined;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <fieldset>
        <legend>Cloudflare account</legend>
        {textField('accountId', 'Account ID')}
        <fieldset class="choice">
          <legend>Sign in with</legend>
          <label>
            <input
              type="radio"
              name="authKind"
              checked={draft.authKind === 'token'}
              onChange={() => onChange({ authKind: 'token' })}
            />
            API token (recommended)
          </label>
          <label>
            <input
              type="radio"
              name="authKind"
              checked={draft.authKind === 'global-key'}
              onChange={() => onChange({ authKind: 'global-key' })}
            />
            Email + Global API key (legacy)
          </label>
        </fieldset>
        {draft.authKind === 'token' ? (
          textField(
            'token',
            'API token',
            'password',
            secretHint ?? 'A token with the Account › URL Scanner › Edit permission.',
          )
        ) : (
          <>
            {textField('email', 'Email', 'email')}
            {textField('key', 'Global API key', 'password', secretHint)}
          </>
        )}
        {textField('apiBaseUrl', 'API base URL', 'url')}
      </fieldset>

      <fieldset>
        <legend>Scans</legend>
        <fieldset class="choice" aria-describedby="visibility-hint">
          <legend>Visibility</legend>
          {(['Unlisted', 'Public'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="visibility"
                checked={draft.visibility === v}
                onChange={() => onChange({ visibility: v })}
              />
              {v}
            </label>
          ))}
          <p class="hint" id="visibility-hint">
            Unlisted scans are seen only by your account. Public scans appear in Cloudflare Radar's recent
            scans and search, for anyone to see. Free accounts can only make Public scans.
          </p>
        </fieldset>
        <fieldset class="choice">
          <legend>Screenshots</legend>
          {RESOLUTIONS.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                name="screenshotResolutions"
                value={r}
                checked={draft.screenshotResolutions.includes(r)}
                onChange={(e) =>
                  onChange({
                    screenshotResolutions: e.currentTarget.checked
                      ? [...draft.screenshotResolutions, r]
                      : draft.screenshotResolutions.filter((x) => x !== r),
                  })
                }
              />
              {r}
            </label>
          ))}
          {errors.screenshotResolutions && <p class="error">{errors.screenshotResolutions}</p>}
        </fieldset>
        {switchField('autoScanOnHover', 'Scan links I rest the pointer on')}
        {switchField('autoScanOnVisit', 'Scan pages I visit')}
        {switchField('autoScanOnClick', 'Scan links I open, as soon as I click them')}
        {textField('dwellMs', 'Dwell time before a link is scanned (ms)', 'number')}
        {textField('cacheHours', 'Keep verdicts for (hours)', 'number')}
        {domainList(
          'neverScanDomains',
          'Never scan these domains',
          'One per line. example.com covers its subdomains; *.example.com only the subdomains.',
        )}
      </fieldset>

      <fieldset>
        <legend>Warnings</legend>
        {switchField('showSafeBadges', 'Mark links with no threats found')}
        {switchField(
          'strictMode',
          'Strict mode: hold links I open until their verdict is in',
          'A link not yet known to be safe opens on Scanlink’s checking page first.',
        )}
        {domainList(
          'trustedSites',
          'Trusted sites',
          'One host name per line: no warnings and no scans on visit there. *.example.com covers the subdomains. Remove a line to undo “Trust this site”.',
        )}
      </fieldset>

      <fieldset>
        <legend>Rate and polling</legend>
        {textField(
          'scanIntervalSeconds',
          'Seconds between scans',
          'number',
          'Free and self-serve accounts may submit one scan every 10 seconds.',
        )}
        {textField('pollInitialDelaySeconds', 'First result check after (seconds)', 'number')}
        {textField('pollIntervalSeconds', 'Then check every (seconds)', 'number')}
        {textField(
          'autoScanTabBudget',
          'Automatic scans per tab per day',
          'number',
          'Links rested on and pages visited. Past this, a tab’s automatic scans pause until you scan something yourself there.',
        )}
        {textField(
          'autoScanDailyBudget',
          'Automatic scans per day',
          'number',
          'Past this, automatic scans pause until tomorrow or until you resume them in the popup. A Free account has 5,000 scans a month.',
        )}
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onTestConnection}>
          Test connection
        </button>
      </div>
    </form>
  );
}
