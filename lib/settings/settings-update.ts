import { t } from '../i18n/translate';
import { parseDomainPattern } from '../url/domain-pattern';
import { z } from '../z';
import { lockedFieldErrors } from './managed-locks';
import { type ManagedPolicy, NO_POLICY } from './managed-policy';
import { parseFields } from './parse-fields';
import { type ProviderKeys, providerKeysSchema, type Settings, settingsShape } from './settings-schema';

const { credentials: _stored, providerKeys: _storedKeys, ...editableShape } = settingsShape;

/**
 * What the options form sends. Secrets left blank keep the saved ones: the form never receives the
 * stored token or key (see `redactSettings`), so it cannot send them back.
 */
export const settingsUpdateSchema = z.object({
  ...editableShape,
  credentials: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('token'), token: z.string().trim() }),
    z.object({ kind: z.literal('global-key'), email: z.string().trim(), key: z.string().trim() }),
  ]),
  providerKeys: providerKeysSchema,
});
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

/**
 * Field name → message; the fields are the update's keys, plus `token`, `email`, `key`, and
 * `urlscanKey`, `scanurlKey` for the other scanners' API keys.
 */
export type FieldErrors = Record<string, string>;

export type UpdateResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const KEY_FIELDS = {
  urlscan: { field: 'urlscanKey', baseUrl: 'urlscanApiBaseUrl', name: 'urlscan.io' },
  scanurl: { field: 'scanurlKey', baseUrl: 'scanurlApiBaseUrl', name: 'ScanURL' },
} as const;

const sameOrigin = (next: string | undefined, saved: string) =>
  !next || new URL(next).origin === new URL(saved).origin;

/**
 * Validates the form's update against the settings in force. Fields the policy sets may only come back
 * unchanged (and its secrets blank): anything else is refused with a message for that field.
 */
export function applySettingsUpdate(
  current: Settings,
  input: unknown,
  policy: ManagedPolicy = NO_POLICY,
): UpdateResult {
  const {
    credentials: credentialsField,
    providerKeys: providerKeysField,
    ...fieldShape
  } = settingsUpdateSchema.shape;
  const { values, errors: fieldErrors } = parseFields(fieldShape, input);
  const errors: FieldErrors = { ...fieldErrors };
  // Only the chosen scanner's account must be complete; the others may stay empty.
  const chosen = values.provider ?? current.provider;
  const cloudflare = chosen === 'cloudflare';
  if (cloudflare && values.accountId === '') errors.accountId = t('settings.accountIdMissing');

  const given = credentialsField.safeParse((input as { credentials?: unknown } | null)?.credentials);
  // A saved secret is only ever sent where it was first entered for: a new API origin needs it again.
  const cloudflareOrigin = sameOrigin(values.apiBaseUrl, current.apiBaseUrl);
  const saved = cloudflareOrigin ? current.credentials : { kind: 'token' as const, token: '' };
  let credentials: Settings['credentials'] | undefined;
  if (!given.success) errors.token = t('settings.signIn');
  else if (given.data.kind === 'token') {
    const token = given.data.token || (saved.kind === 'token' ? saved.token : '');
    if (!token && cloudflare) {
      errors.token = cloudflareOrigin ? t('settings.tokenMissing') : t('settings.tokenAgain');
    } else if (/\s/.test(token)) errors.token = t('settings.tokenSpaces');
    credentials = { kind: 'token', token };
  } else {
    const { email } = given.data;
    const key = given.data.key || (saved.kind === 'global-key' ? saved.key : '');
    if (cloudflare && !EMAIL.test(email)) errors.email = t('settings.emailMissing');
    if (cloudflare && !key) errors.key = t('settings.globalKeyMissing');
    credentials = { kind: 'global-key', email, key };
  }

  const keysGiven = providerKeysField.safeParse((input as { providerKeys?: unknown } | null)?.providerKeys);
  const providerKeys = { ...current.providerKeys };
  for (const provider of ['urlscan', 'scanurl'] as const) {
    const { field, baseUrl, name } = KEY_FIELDS[provider];
    const keptOrigin = sameOrigin(values[baseUrl], current[baseUrl]);
    const key =
      (keysGiven.success ? keysGiven.data[provider] : '') ||
      (keptOrigin ? current.providerKeys[provider] : '');
    if (/\s/.test(key)) errors[field] = t('settings.keySpaces');
    else if (!key && chosen === provider) {
      errors[field] = keptOrigin ? t('settings.keyMissing', [name]) : t('settings.keyAgain', [name]);
    }
    providerKeys[provider] = key;
  }

  const neverScanDomains = domainPatterns(values.neverScanDomains, 'neverScanDomains', errors);
  const trustedSites = domainPatterns(values.trustedSites, 'trustedSites', errors);
  // Said last, so the reason a locked field cannot change is not hidden behind another message.
  Object.assign(errors, lockedFieldErrors(policy, values, input));

  if (Object.keys(errors).length > 0 || !credentials) return { ok: false, errors };
  const settings = {
    ...(values as Omit<Settings, 'credentials' | 'providerKeys'>),
    credentials,
    providerKeys,
    neverScanDomains,
    trustedSites,
  };
  return { ok: true, settings };
}

/** Canonical, deduplicated domain patterns from the lines typed; the first bad line is reported. */
function domainPatterns(lines: readonly string[] | undefined, field: string, errors: FieldErrors): string[] {
  const patterns: string[] = [];
  for (const line of lines ?? []) {
    if (!line.trim()) continue;
    const pattern = parseDomainPattern(line);
    if (pattern.ok) patterns.push(pattern.pattern);
    else errors[field] ??= t('settings.badLine', [line.trim(), pattern.message]);
  }
  return [...new Set(patterns)];
}

/** Settings as extension pages may see them: which secrets are saved, never the secrets themselves. */
export interface PublicSettings extends Omit<Settings, 'credentials' | 'providerKeys'> {
  credentials: { kind: 'token' | 'global-key'; email: string; secretSaved: boolean };
  /** Whether each other scanner's key is saved. */
  providerKeys: Record<keyof ProviderKeys, boolean>;
}

export function redactSettings(settings: Settings): PublicSettings {
  const c = settings.credentials;
  return {
    ...settings,
    providerKeys: {
      urlscan: settings.providerKeys.urlscan.length > 0,
      scanurl: settings.providerKeys.scanurl.length > 0,
    },
    credentials:
      c.kind === 'token'
        ? { kind: 'token', email: '', secretSaved: c.token.length > 0 }
        : { kind: 'global-key', email: c.email, secretSaved: c.key.length > 0 },
  };
}
