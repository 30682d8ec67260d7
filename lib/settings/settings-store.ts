import type { ScanlinkDatabase } from '../db/database';
import type { Settings } from './settings-schema';
import { type LoadedSettings, parseStoredSettings } from './stored-settings';

const SETTINGS_KEY = 'settings';

/**
 * Settings live in the extension's IndexedDB, not in `storage.local`: content scripts can read
 * `storage.local`, and the API token must never be readable outside the background and extension pages.
 */
export function createSettingsStore(db: ScanlinkDatabase) {
  return {
    async load(): Promise<LoadedSettings> {
      return parseStoredSettings((await db.keyValues.get(SETTINGS_KEY))?.value);
    },
    async save(settings: Settings): Promise<void> {
      await db.keyValues.put({ key: SETTINGS_KEY, value: settings });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
