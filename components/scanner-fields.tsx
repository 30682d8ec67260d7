import { t } from '../lib/i18n/translate';
import type { ProviderId } from '../lib/providers/scan-provider';
import type { OptionsDraft } from '../lib/settings/options-draft';
import { type FormControlProps, formControls } from './form-controls';

// Hints and labels are functions, read at render: `t` answers only where the browser's i18n is.

/** Each scanner by its own name (never translated) and what it offers. */
const SCANNERS: { id: ProviderId; label: string; hint: () => string }[] = [
  { id: 'cloudflare', label: 'Cloudflare URL Scanner', hint: () => t('options.scannerHint.cloudflare') },
  { id: 'urlscan', label: 'urlscan.io', hint: () => t('options.scannerHint.urlscan') },
  { id: 'scanurl', label: 'ScanURL', hint: () => t('options.scannerHint.scanurl') },
];

const VISIBILITY: [OptionsDraft['visibility'], () => string][] = [
  ['Unlisted', () => t('options.visibilityChoice.unlisted')],
  ['Public', () => t('options.visibilityChoice.public')],
];

const URLSCAN_VISIBILITY: [OptionsDraft['urlscanVisibility'], () => string][] = [
  ['private', () => t('options.urlscanVisibilityChoice.private')],
  ['unlisted', () => t('options.urlscanVisibilityChoice.unlisted')],
  ['public', () => t('options.urlscanVisibilityChoice.public')],
];

/** Which scanner to use, and the chosen one's account: only its fields are shown and required. */
export function ScannerFields(props: FormControlProps) {
  const { draft, errors, onChange } = props;
  const { textField, secretHint, lockedGroup } = formControls(props);
  const provider = lockedGroup('provider');
  const authKind = lockedGroup('authKind');
  const visibility = lockedGroup('visibility');
  const urlscanVisibility = lockedGroup('urlscanVisibility');
  return (
    <>
      <fieldset class="choice" disabled={provider.disabled}>
        <legend>{t('options.scanner')}</legend>
        {SCANNERS.map((scanner) => (
          <label key={scanner.id}>
            <input
              type="radio"
              name="provider"
              checked={draft.provider === scanner.id}
              aria-describedby={provider.describedBy(`provider-${scanner.id}-hint`)}
              onChange={() => onChange({ provider: scanner.id })}
            />
            {scanner.label}
            <span class="hint" id={`provider-${scanner.id}-hint`}>
              {' '}
              — {scanner.hint()}
            </span>
          </label>
        ))}
        {provider.note}
        {errors.provider && <p class="error">{errors.provider}</p>}
      </fieldset>
      {draft.provider === 'cloudflare' && (
        <fieldset>
          <legend>{t('options.cloudflareAccount')}</legend>
          {textField('accountId', t('options.accountId'))}
          <fieldset class="choice" disabled={authKind.disabled}>
            <legend>{t('options.signInWith')}</legend>
            <label>
              <input
                type="radio"
                name="authKind"
                checked={draft.authKind === 'token'}
                aria-describedby={authKind.describedBy()}
                onChange={() => onChange({ authKind: 'token' })}
              />
              {t('options.signInToken')}
            </label>
            <label>
              <input
                type="radio"
                name="authKind"
                checked={draft.authKind === 'global-key'}
                aria-describedby={authKind.describedBy()}
                onChange={() => onChange({ authKind: 'global-key' })}
              />
              {t('options.signInGlobalKey')}
            </label>
            {authKind.note}
          </fieldset>
          {draft.authKind === 'token' ? (
            textField(
              'token',
              t('options.token'),
              'password',
              secretHint(draft.secretSaved) ?? t('options.tokenHint'),
            )
          ) : (
            <>
              {textField('email', t('options.email'), 'email')}
              {textField('key', t('options.globalKey'), 'password', secretHint(draft.secretSaved))}
            </>
          )}
          {textField('apiBaseUrl', t('options.apiBaseUrl'), 'url')}
          <fieldset class="choice" aria-describedby="visibility-hint" disabled={visibility.disabled}>
            <legend>{t('options.visibility')}</legend>
            {VISIBILITY.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="visibility"
                  checked={draft.visibility === value}
                  aria-describedby={visibility.describedBy()}
                  onChange={() => onChange({ visibility: value })}
                />
                {label()}
              </label>
            ))}
            {visibility.note}
            <p class="hint" id="visibility-hint">
              {t('options.visibilityHint')}
            </p>
          </fieldset>
        </fieldset>
      )}
      {draft.provider === 'urlscan' && (
        <fieldset>
          <legend>{t('options.urlscanAccount')}</legend>
          {textField('urlscanKey', t('options.urlscanKey'), 'password', secretHint(draft.urlscanKeySaved))}
          {textField('urlscanApiBaseUrl', t('options.urlscanApiUrl'), 'url')}
          <fieldset class="choice" disabled={urlscanVisibility.disabled}>
            <legend>{t('options.urlscanVisibility')}</legend>
            {URLSCAN_VISIBILITY.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="urlscanVisibility"
                  checked={draft.urlscanVisibility === value}
                  aria-describedby={urlscanVisibility.describedBy()}
                  onChange={() => onChange({ urlscanVisibility: value })}
                />
                {label()}
              </label>
            ))}
            {urlscanVisibility.note}
          </fieldset>
        </fieldset>
      )}
      {draft.provider === 'scanurl' && (
        <fieldset aria-describedby="scanurl-hint">
          <legend>{t('options.scanurlAccount')}</legend>
          {textField('scanurlKey', t('options.scanurlKey'), 'password', secretHint(draft.scanurlKeySaved))}
          {textField('scanurlApiBaseUrl', t('options.scanurlApiUrl'), 'url')}
          <p class="hint" id="scanurl-hint">
            {t('options.scanurlHint')}
          </p>
        </fieldset>
      )}
    </>
  );
}
