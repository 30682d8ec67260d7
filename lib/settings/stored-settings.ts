import { type Settings, type SettingKey, settingsShape } from './settings-schema';

export interface LoadedSettings {
  settings: Settings;
  /** Stored values that no longer validate (an older version, a damaged store) and were reset to defaults. */
  resetKeys: SettingKey[];
}

/**
 * Reads settings stored by any version. Each setting is validated on its own, so one bad or outdated
 * value falls back to its default without taking the others with it; unknown keys are dropped.
 */
export function parseStoredSettings(stored: unknown): LoadedSettings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const resetKeys: SettingKey[] = [];
  for (const key of Object.keys(settingsShape) as SettingKey[]) {
    const field = settingsShape[key];
    const parsed = field.safeParse(record[key]);
    if (parsed.success) {
      settings[key] = parsed.data;
    } else {
      settings[key] = field.parse(undefined);
      resetKeys.push(key);
    }
  }
  return { settings: settings as Settings, resetKeys };
}
