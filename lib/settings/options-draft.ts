import type { ScreenshotResolution } from '../cloudflare/api-schemas';
import type { ProviderId } from '../providers/scan-provider';
import type { PublicSettings, SettingsUpdate } from './settings-update';
import type { ManagedView, SettingsView } from './settings-view';

/** The options form's state: what the inputs hold, as text where the person types. */
export interface OptionsDraft {
  provider: ProviderId;
  accountId: string;
  authKind: 'token' | 'global-key';
  token: string;
  email: string;
  key: string;
  secretSaved: boolean;
  apiBaseUrl: string;
  visibility: 'Unlisted' | 'Public';
  urlscanKey: string;
  urlscanKeySaved: boolean;
  urlscanApiBaseUrl: string;
  urlscanVisibility: PublicSettings['urlscanVisibility'];
  scanurlKey: string;
  scanurlKeySaved: boolean;
  scanurlApiBaseUrl: string;
  screenshotResolutions: ScreenshotResolution[];
  autoScanOnHover: boolean;
  autoScanOnVisit: boolean;
  autoScanOnClick: boolean;
  showSafeBadges: boolean;
  strictMode: boolean;
  dwellMs: string;
  neverScanDomains: string;
  trustedSites: string;
  cacheHours: string;
  scanIntervalSeconds: string;
  pollInitialDelaySeconds: string;
  pollIntervalSeconds: string;
  autoScanTabBudget: string;
  autoScanDailyBudget: string;
}

const HOUR = 3_600_000;

export function draftFromSettings(s: PublicSettings): OptionsDraft {
  return {
    provider: s.provider,
    accountId: s.accountId,
    authKind: s.credentials.kind,
    token: '',
    email: s.credentials.email,
    key: '',
    secretSaved: s.credentials.secretSaved,
    apiBaseUrl: s.apiBaseUrl,
    visibility: s.visibility,
    urlscanKey: '',
    urlscanKeySaved: s.providerKeys.urlscan,
    urlscanApiBaseUrl: s.urlscanApiBaseUrl,
    urlscanVisibility: s.urlscanVisibility,
    scanurlKey: '',
    scanurlKeySaved: s.providerKeys.scanurl,
    scanurlApiBaseUrl: s.scanurlApiBaseUrl,
    screenshotResolutions: s.screenshotResolutions,
    autoScanOnHover: s.autoScanOnHover,
    autoScanOnVisit: s.autoScanOnVisit,
    autoScanOnClick: s.autoScanOnClick,
    showSafeBadges: s.showSafeBadges,
    strictMode: s.strictMode,
    dwellMs: String(s.dwellMs),
    neverScanDomains: s.neverScanDomains.join('\n'),
    trustedSites: s.trustedSites.join('\n'),
    cacheHours: String(s.cacheTtlMs / HOUR),
    scanIntervalSeconds: String(s.scanIntervalMs / 1000),
    pollInitialDelaySeconds: String(s.pollInitialDelayMs / 1000),
    pollIntervalSeconds: String(s.pollIntervalMs / 1000),
    autoScanTabBudget: String(s.autoScanTabBudget),
    autoScanDailyBudget: String(s.autoScanDailyBudget),
  };
}

/** A number typed as text, scaled to an integer; NaN (which the schema refuses) when it is not a number. */
const scaled = (text: string, factor: number) =>
  text.trim() === '' ? Number.NaN : Math.round(Number(text) * factor);

/** The update the form sends; settings the form does not show are carried over from `current`. */
export function updateFromDraft(draft: OptionsDraft, current: PublicSettings): SettingsUpdate {
  const {
    credentials: _redacted,
    resetKeys: _notice,
    managed: _policy,
    ...kept
  } = current as PublicSettings & { resetKeys?: unknown; managed?: unknown };
  return {
    ...kept,
    provider: draft.provider,
    accountId: draft.accountId,
    credentials:
      draft.authKind === 'token'
        ? { kind: 'token', token: draft.token }
        : { kind: 'global-key', email: draft.email, key: draft.key },
    apiBaseUrl: draft.apiBaseUrl,
    visibility: draft.visibility,
    urlscanApiBaseUrl: draft.urlscanApiBaseUrl,
    urlscanVisibility: draft.urlscanVisibility,
    scanurlApiBaseUrl: draft.scanurlApiBaseUrl,
    // Blank keeps the saved key (the form never receives it).
    providerKeys: { urlscan: draft.urlscanKey, scanurl: draft.scanurlKey },
    screenshotResolutions: draft.screenshotResolutions,
    autoScanOnHover: draft.autoScanOnHover,
    autoScanOnVisit: draft.autoScanOnVisit,
    autoScanOnClick: draft.autoScanOnClick,
    showSafeBadges: draft.showSafeBadges,
    strictMode: draft.strictMode,
    dwellMs: scaled(draft.dwellMs, 1),
    neverScanDomains: draft.neverScanDomains.split('\n'),
    trustedSites: draft.trustedSites.split('\n'),
    cacheTtlMs: scaled(draft.cacheHours, HOUR),
    scanIntervalMs: scaled(draft.scanIntervalSeconds, 1000),
    pollInitialDelayMs: scaled(draft.pollInitialDelaySeconds, 1000),
    pollIntervalMs: scaled(draft.pollIntervalSeconds, 1000),
    autoScanTabBudget: scaled(draft.autoScanTabBudget, 1),
    autoScanDailyBudget: scaled(draft.autoScanDailyBudget, 1),
  };
}

/** Which form field shows an error about which setting. */
export const FIELD_FOR_SETTING: Record<string, keyof OptionsDraft> = {
  cacheTtlMs: 'cacheHours',
  scanIntervalMs: 'scanIntervalSeconds',
  pollInitialDelayMs: 'pollInitialDelaySeconds',
  pollIntervalMs: 'pollIntervalSeconds',
};

/** The form fields the organisation's policy sets; a managed token fixes how Scanlink signs in as well. */
export function lockedDraftFields(managed: ManagedView): ReadonlySet<keyof OptionsDraft> {
  const fields = new Set<keyof OptionsDraft>(managed.locked);
  if (fields.has('token')) for (const field of ['authKind', 'email', 'key'] as const) fields.add(field);
  return fields;
}

/**
 * The draft once the organisation's policy has changed: the fields it sets now or set before show the
 * new values (and whether secrets are saved); everything else keeps what the person typed.
 */
export function draftAfterPolicyChange(
  draft: OptionsDraft,
  before: SettingsView,
  after: SettingsView,
): OptionsDraft {
  const fresh = draftFromSettings(after);
  const refreshed = new Set<keyof OptionsDraft>([
    ...lockedDraftFields(before.managed),
    ...lockedDraftFields(after.managed),
    'secretSaved',
    'urlscanKeySaved',
    'scanurlKeySaved',
  ]);
  const next = { ...draft };
  for (const key of refreshed) Object.assign(next, { [key]: fresh[key] });
  return next;
}
