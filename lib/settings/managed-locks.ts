import { t } from '../i18n/translate';
import type { ManagedPolicy, ManagedValues } from './managed-policy';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

/** Settings a policy can fix that are plain values, copied as they are. */
type PlainKey =
  | 'provider'
  | 'accountId'
  | 'apiBaseUrl'
  | 'visibility'
  | 'urlscanApiBaseUrl'
  | 'urlscanVisibility'
  | 'scanurlApiBaseUrl';
const PLAIN_KEYS: readonly PlainKey[] = [
  'provider',
  'accountId',
  'apiBaseUrl',
  'visibility',
  'urlscanApiBaseUrl',
  'urlscanVisibility',
  'scanurlApiBaseUrl',
];

/** Each managed secret, the form field that shows it, and the API URL it is sent to. */
export const MANAGED_SECRETS = [
  { policyKey: 'apiToken', field: 'token', baseUrl: 'apiBaseUrl' },
  { policyKey: 'urlscanApiKey', field: 'urlscanKey', baseUrl: 'urlscanApiBaseUrl' },
  { policyKey: 'scanurlApiKey', field: 'scanurlKey', baseUrl: 'scanurlApiBaseUrl' },
] as const;

/** The options form's fields (and `save-settings` error keys) that a policy can lock. */
export type LockedField = PlainKey | (typeof MANAGED_SECRETS)[number]['field'];

/** Why a locked field refused a change, in the person's language. */
export const lockedMessage = () => t('managed.locked');

/**
 * The plain settings the policy fixes. A managed secret fixes its API URL too (the policy's, or the
 * scanner's default): the organisation's token must not follow an address the person typed.
 */
export function lockedPlainValues(values: ManagedValues): Partial<Pick<Settings, PlainKey>> {
  const locked: Partial<Record<PlainKey, unknown>> = {};
  for (const key of PLAIN_KEYS) if (values[key] !== undefined) locked[key] = values[key];
  for (const { policyKey, baseUrl } of MANAGED_SECRETS) {
    if (values[policyKey] !== undefined) locked[baseUrl] ??= DEFAULT_SETTINGS[baseUrl];
  }
  return locked as Partial<Pick<Settings, PlainKey>>;
}

/** The form fields the options page shows as set by the organisation. */
export function lockedFields(policy: ManagedPolicy): LockedField[] {
  const plain = Object.keys(lockedPlainValues(policy.values)) as PlainKey[];
  const secrets = MANAGED_SECRETS.filter(({ policyKey }) => policy.values[policyKey] !== undefined).map(
    ({ field }) => field,
  );
  return [...plain, ...secrets];
}

/**
 * A message for each locked field the update tries to change. The form sends the locked values back
 * unchanged and leaves a locked secret blank; anything else is someone trying to get around the lock.
 */
export function lockedFieldErrors(
  policy: ManagedPolicy,
  parsed: Partial<Record<PlainKey, unknown>>,
  input: unknown,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(lockedPlainValues(policy.values))) {
    if (parsed[key as PlainKey] !== value) errors[key] = lockedMessage();
  }
  for (const secret of MANAGED_SECRETS) {
    if (policy.values[secret.policyKey] !== undefined && replacesSecret(input, secret.field)) {
      errors[secret.field] = lockedMessage();
    }
  }
  return errors;
}

/** Whether the update carries a secret of its own for `field` (blank keeps the saved one). */
function replacesSecret(input: unknown, field: LockedField): boolean {
  const given = (typeof input === 'object' && input !== null ? input : {}) as {
    credentials?: { kind?: unknown; token?: unknown };
    providerKeys?: Record<string, unknown>;
  };
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  if (field === 'token') {
    // The legacy sign-in replaces the token as surely as a new token does.
    return given.credentials?.kind !== 'token' || filled(given.credentials.token);
  }
  return filled(given.providerKeys?.[field === 'urlscanKey' ? 'urlscan' : 'scanurl']);
}
