import { parseDomainPattern } from '../url/domain-pattern';
import { z } from '../z';
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
  const parsed = settingsUpdateSchema.safeParse(input);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] === 'credentials' ? (issue.path[1] ?? 'token') : (issue.path[0] ?? 'form'));
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const update = parsed.data;
  if (!update.accountId) errors.accountId = 'Enter your Cloudflare account ID';

  const saved = current.credentials;
  let credentials: Settings['credentials'];
  if (update.credentials.kind === 'token') {
    const token = update.credentials.token || (saved.kind === 'token' ? saved.token : '');
    if (!token) errors.token = 'Enter an API token with the Account › URL Scanner › Edit permission';
    else if (/\s/.test(token)) errors.token = 'An API token has no spaces';
    credentials = { kind: 'token', token };
  } else {
    const { email } = update.credentials;
    const key = update.credentials.key || (saved.kind === 'global-key' ? saved.key : '');
    if (!EMAIL.test(email)) errors.email = 'Enter the email address of your Cloudflare account';
    if (!key) errors.key = 'Enter your global API key';
    credentials = { kind: 'global-key', email, key };
  }

  const patterns: string[] = [];
  for (const line of update.neverScanDomains) {
    if (!line.trim()) continue;
    const pattern = parseDomainPattern(line);
    if (pattern.ok) patterns.push(pattern.pattern);
    else errors.neverScanDomains ??= `"${line.trim()}": ${pattern.message}`;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: { ...update, credentials, neverScanDomains: [...new Set(patterns)] } };
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
