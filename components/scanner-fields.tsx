import type { ProviderId } from '../lib/providers/scan-provider';
import { type FormControlProps, formControls } from './form-controls';

const SCANNERS: { id: ProviderId; label: string; hint: string }[] = [
  {
    id: 'cloudflare',
    label: 'Cloudflare URL Scanner',
    hint: 'Free with a Cloudflare account (5,000 scans a month).',
  },
  { id: 'urlscan', label: 'urlscan.io', hint: 'The scanner many analysts use; needs a urlscan.io API key.' },
  { id: 'scanurl', label: 'ScanURL', hint: 'Answers at once, with a risk score and its layers’ findings.' },
];

const URLSCAN_VISIBILITY = [
  ['private', 'Private: only you'],
  ['unlisted', 'Unlisted: you and urlscan.io’s vetted researchers'],
  ['public', 'Public: anyone, in urlscan.io’s search'],
] as const;

/** Which scanner to use, and the chosen one's account: only its fields are shown and required. */
export function ScannerFields({ draft, errors, onChange }: FormControlProps) {
  const { textField, secretHint } = formControls({ draft, errors, onChange });
  return (
    <>
      <fieldset class="choice">
        <legend>Scanner</legend>
        {SCANNERS.map((scanner) => (
          <label key={scanner.id}>
            <input
              type="radio"
              name="provider"
              checked={draft.provider === scanner.id}
              aria-describedby={`provider-${scanner.id}-hint`}
              onChange={() => onChange({ provider: scanner.id })}
            />
            {scanner.label}
            <span class="hint" id={`provider-${scanner.id}-hint`}>
              {' '}
              — {scanner.hint}
            </span>
          </label>
        ))}
        {errors.provider && <p class="error">{errors.provider}</p>}
      </fieldset>
      {draft.provider === 'cloudflare' && (
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
              secretHint(draft.secretSaved) ?? 'A token with the Account › URL Scanner › Edit permission.',
            )
          ) : (
            <>
              {textField('email', 'Email', 'email')}
              {textField('key', 'Global API key', 'password', secretHint(draft.secretSaved))}
            </>
          )}
          {textField('apiBaseUrl', 'API base URL', 'url')}
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
        </fieldset>
      )}
      {draft.provider === 'urlscan' && (
        <fieldset>
          <legend>urlscan.io account</legend>
          {textField('urlscanKey', 'urlscan.io API key', 'password', secretHint(draft.urlscanKeySaved))}
          {textField('urlscanApiBaseUrl', 'urlscan.io API URL', 'url')}
          <fieldset class="choice">
            <legend>urlscan.io visibility</legend>
            {URLSCAN_VISIBILITY.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="urlscanVisibility"
                  checked={draft.urlscanVisibility === value}
                  onChange={() => onChange({ urlscanVisibility: value })}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </fieldset>
      )}
      {draft.provider === 'scanurl' && (
        <fieldset aria-describedby="scanurl-hint">
          <legend>ScanURL account</legend>
          {textField('scanurlKey', 'ScanURL API key', 'password', secretHint(draft.scanurlKeySaved))}
          {textField('scanurlApiBaseUrl', 'ScanURL API URL', 'url')}
          <p class="hint" id="scanurl-hint">
            ScanURL has no visibility setting and takes no screenshots. Each scan, and Test connection, uses
            one scan of your plan.
          </p>
        </fieldset>
      )}
    </>
  );
}
