import { lockedPlainValues, MANAGED_SECRETS } from './managed-locks';
import type { ManagedPolicy } from './managed-policy';
import type { Settings } from './settings-schema';

type Secret = (typeof MANAGED_SECRETS)[number];

function secretOf(settings: Settings, { field }: Secret): Settings['credentials'] | string {
  if (field === 'token') return settings.credentials;
  return settings.providerKeys[field === 'urlscanKey' ? 'urlscan' : 'scanurl'];
}

function withSecret(
  settings: Settings,
  { field }: Secret,
  value: Settings['credentials'] | string,
): Settings {
  if (field === 'token') return typeof value === 'string' ? settings : { ...settings, credentials: value };
  const key = field === 'urlscanKey' ? 'urlscan' : 'scanurl';
  return typeof value === 'string'
    ? { ...settings, providerKeys: { ...settings.providerKeys, [key]: value } }
    : settings;
}

/** The same kind of sign-in with its secret left out. */
function blankSecret(value: Settings['credentials'] | string): Settings['credentials'] | string {
  if (typeof value === 'string') return '';
  return value.kind === 'token' ? { kind: 'token', token: '' } : { ...value, key: '' };
}

const sameOrigin = (a: string, b: string) => new URL(a).origin === new URL(b).origin;
const sameSecret = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings in force: the policy's values over the person's own. Never-scan domains add up. A secret
 * the person saved for one address is left out when the policy points its scanner elsewhere: a saved
 * secret never follows a new address (the person is asked for it again, as when they change it).
 */
export function withManagedSettings(own: Settings, policy: ManagedPolicy): Settings {
  let effective: Settings = { ...own, ...lockedPlainValues(policy.values) };
  for (const secret of MANAGED_SECRETS) {
    const managed = policy.values[secret.policyKey];
    if (managed !== undefined) {
      effective = withSecret(
        effective,
        secret,
        secret.field === 'token' ? { kind: 'token', token: managed } : managed,
      );
    } else if (!sameOrigin(effective[secret.baseUrl], own[secret.baseUrl])) {
      effective = withSecret(effective, secret, blankSecret(secretOf(own, secret)));
    }
  }
  const managedDomains = policy.values.neverScanDomains ?? [];
  return { ...effective, neverScanDomains: [...new Set([...own.neverScanDomains, ...managedDomains])] };
}

/**
 * What to store as the person's own settings when `next` (settings in force, changed) is saved: the
 * policy's values are never written as theirs, so they are gone the moment the policy is. A secret the
 * person entered for an address the policy sets is kept with that address, so it is not asked for again.
 */
export function ownSettingsToSave(next: Settings, own: Settings, policy: ManagedPolicy): Settings {
  const before = withManagedSettings(own, policy);
  const locked = lockedPlainValues(policy.values);
  let kept: Settings = { ...next };
  for (const key of Object.keys(locked) as (keyof typeof locked)[]) kept = { ...kept, [key]: own[key] };
  for (const secret of MANAGED_SECRETS) {
    const entered =
      policy.values[secret.policyKey] === undefined &&
      !sameSecret(secretOf(next, secret), secretOf(before, secret));
    kept = withSecret(kept, secret, secretOf(entered ? next : own, secret));
    if (entered && secret.baseUrl in locked) kept = { ...kept, [secret.baseUrl]: next[secret.baseUrl] };
  }
  const managedDomains = policy.values.neverScanDomains ?? [];
  const neverScanDomains = next.neverScanDomains.filter(
    (domain) => !managedDomains.includes(domain) || own.neverScanDomains.includes(domain),
  );
  return { ...kept, neverScanDomains };
}
