import { parseDomainPattern } from '../url/domain-pattern';
import { z } from '../z';
import { parseFields } from './parse-fields';
import { type Settings, settingsShape } from './settings-schema';

const { credentials: _stored, ...editableShape } = settingsShape;

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
});
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

/** Field name → message; the fields are the update's keys, plus `token`, `email`, `key`. */
export type FieldErrors = Record<string, string>;

export type UpdateResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function applySettingsUpdate(current: Settings, input: unknown): UpdateResult {
  const { credentials: credentialsField, ...fieldShape } = settingsUpdateSchema.shape;
  const { values, errors: fieldErrors } = parseFields(fieldShape, input);
  const errors: FieldErrors = { ...fieldErrors };
  if (values.accountId === '') errors.accountId = 'Enter your Cloudflare account ID';

  const given = credentialsField.safeParse((input as { credentials?: unknown } | null)?.credentials);
  // A saved secret is only ever sent where it was first entered for: a new API origin needs it again.
  const sameOrigin =
    !values.apiBaseUrl || new URL(values.apiBaseUrl).origin === new URL(current.apiBaseUrl).origin;
  const saved = sameOrigin ? current.credentials : { kind: 'token' as const, token: '' };
  let credentials: Settings['credentials'] | undefined;
  if (!given.success) errors.token = 'Choose how to sign in and enter the credentials';
  else if (given.data.kind === 'token') {
    const token = given.data.token || (saved.kind === 'token' ? saved.token : '');
    if (!token) {
      errors.token = sameOrigin
        ? 'Enter an API token with the Account › URL Scanner › Edit permission'
        : 'The API URL changed: enter the token again for the new address';
    } else if (/\s/.test(token)) errors.token = 'An API token has no spaces';
    credentials = { kind: 'token', token };
  } else {
    const { email } = given.data;
    const key = given.data.key || (saved.kind === 'global-key' ? saved.key : '');
    if (!EMAIL.test(email)) errors.email = 'Enter the email address of your Cloudflare account';
    if (!key) errors.key = 'Enter your global API key';
    credentials = { kind: 'global-key', email, key };
  }

  const neverScanDomains = domainPatterns(values.neverScanDomains, 'neverScanDomains', errors);
  const trustedSites = domainPatterns(values.trustedSites, 'trustedSites', errors);

  if (Object.keys(errors).length > 0 || !credentials) return { ok: false, errors };
  const settings = {
    ...(values as Omit<Settings, 'credentials'>),
    credentials,
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
    else errors[field] ??= `"${line.trim()}": ${pattern.message}`;
  }
  return [...new Set(patterns)];
}

/** Settings as extension pages may see them: which secrets are saved, never the secrets themselves. */
export interface PublicSettings extends Omit<Settings, 'credentials'> {
  credentials: { kind: 'token' | 'global-key'; email: string; secretSaved: boolean };
}

export function redactSettings(settings: Settings): PublicSettings {
  const c = settings.credentials;
  return {
    ...settings,
    credentials:
      c.kind === 'token'
        ? { kind: 'token', email: '', secretSaved: c.token.length > 0 }
        : { kind: 'global-key', email: c.email, secretSaved: c.key.length > 0 },
  };
}
