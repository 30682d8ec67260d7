import { parseFields } from './parse-fields';
import { type SettingKey, type Settings, settingsShape } from './settings-schema';

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
  const { values, errors } = parseFields(settingsShape, stored);
  const resetKeys = Object.keys(errors) as SettingKey[];
  const settings = { ...values } as Record<SettingKey, unknown>;
  for (const key of resetKeys) settings[key] = settingsShape[key].parse(undefined);
  return { settings: settings as Settings, resetKeys };
}
