import type { ScanlinkDatabase } from '../db/database';
import { type ManagedPolicy, parseManagedPolicy } from './managed-policy';
import { ownSettingsToSave, withManagedSettings } from './managed-settings';
import { readManagedStorage } from './managed-storage';
import type { Settings } from './settings-schema';
import { type LoadedSettings, parseStoredSettings } from './stored-settings';

const SETTINGS_KEY = 'settings';

export interface SettingsInEffect extends LoadedSettings {
  /** The person's own settings, as stored; `settings` is what is in force, the policy's values over these. */
  own: Settings;
  policy: ManagedPolicy;
}

/**
 * Settings live in the extension's IndexedDB, not in `storage.local`: content scripts can read
 * `storage.local`, and the API token must never be readable outside the background and extension pages.
 * The policy is read on every load (the browser keeps it in memory), so a change applies at once.
 */
export function createSettingsStore(
  db: ScanlinkDatabase,
  readPolicy: () => Promise<unknown> = readManagedStorage,
) {
  const loadOwn = async () => parseStoredSettings((await db.keyValues.get(SETTINGS_KEY))?.value);
  const loadPolicy = async () => parseManagedPolicy(await readPolicy().catch(() => undefined));
  return {
    async load(): Promise<SettingsInEffect> {
      const [{ settings: own, resetKeys }, policy] = await Promise.all([loadOwn(), loadPolicy()]);
      return { settings: withManagedSettings(own, policy), own, resetKeys, policy };
    },
    /** Saves settings in force as the person's own: what the policy sets is never stored as theirs. */
    async save(settings: Settings): Promise<void> {
      const [{ settings: own }, policy] = await Promise.all([loadOwn(), loadPolicy()]);
      await db.keyValues.put({ key: SETTINGS_KEY, value: ownSettingsToSave(settings, own, policy) });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
