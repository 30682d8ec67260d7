import { type LockedField, lockedFields } from './managed-locks';
import type { ManagedProblem } from './managed-policy';
import type { SettingsInEffect } from './settings-store';
import { type PublicSettings, redactSettings } from './settings-update';

/** What the organisation sets, as the options page shows it. */
export interface ManagedView {
  /** The form fields the organisation sets; they cannot be changed there. */
  locked: LockedField[];
  /** Never scanned by the organisation's word, on top of the person's own list. */
  neverScanDomains: string[];
  /** Policy values that were ignored, and why. */
  problems: ManagedProblem[];
}

/** Settings as extension pages see them: no secrets, and the person's own never-scan list beside the policy's. */
export interface SettingsView extends PublicSettings {
  resetKeys: string[];
  managed: ManagedView;
}

export function settingsView({ settings, own, resetKeys, policy }: SettingsInEffect): SettingsView {
  return {
    ...redactSettings(settings),
    neverScanDomains: own.neverScanDomains,
    resetKeys,
    managed: {
      locked: lockedFields(policy),
      neverScanDomains: policy.values.neverScanDomains ?? [],
      problems: policy.problems,
    },
  };
}
