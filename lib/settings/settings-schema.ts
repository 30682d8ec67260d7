import { screenshotResolutionSchema, visibilitySchema } from '../cloudflare/api-schemas';
import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { providerIdSchema } from '../providers/scan-provider';
import { SCANURL_API_BASE_URL } from '../scanurl/client';
import { URLSCAN_BASE_URL } from '../urlscan/client';
import { z } from '../z';
import { credentialsSchema } from './credentials';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Messages are functions: the schemas are built when the module loads, and `t` must be asked only when
// a value fails, where the browser's i18n answers.

/** The token travels to this origin: HTTPS, or plain HTTP only to this machine (a local mock or proxy). */
export const apiBaseUrlSchema = z
  .string()
  .trim()
  .refine((text) => URL.canParse(text), { error: () => t('settings.fullUrl') })
  .transform((text) => new URL(text))
  .refine(
    (url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)),
    { error: () => t('settings.httpsOnly') },
  )
  .refine((url) => !url.username && !url.password && !url.search && !url.hash, {
    error: () => t('settings.urlExtras'),
  })
  .transform((url) => url.href.replace(/\/+$/, ''));

export const accountIdSchema = z
  .string()
  .trim()
  .max(64, { error: () => t('settings.accountIdTooLong') })
  .regex(/^[A-Za-z0-9_-]*$/, { error: () => t('settings.accountIdCharacters') });

/** The unit a number is typed in on the options page, so a refusal names the bounds as the person sees them. */
type FormUnit = 'milliseconds' | 'seconds' | 'hours' | 'count';
const UNIT_SCALE: Record<FormUnit, number> = { milliseconds: 1, seconds: SECOND, hours: HOUR, count: 1 };

/**
 * A whole number from `min` to `max` (stored units), refused in the person's words: "Enter a number of
 * seconds from 0.05 to 3,600." rather than zod's "Too small: expected number to be >=50".
 */
function boundedNumber(min: number, max: number, unit: FormUnit) {
  const scale = UNIT_SCALE[unit];
  const error = () => t(`settings.range.${unit}`, [formatNumber(min / scale), formatNumber(max / scale)]);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** The other scanners' API keys; like the Cloudflare credentials, never sent back to a page. */
export const providerKeysSchema = z.object({
  urlscan: z.string().trim().default(''),
  scanurl: z.string().trim().default(''),
});
export type ProviderKeys = z.infer<typeof providerKeysSchema>;

/** Every setting, its bounds and its default. Defaults follow the API guide (10–30 s polls, 1 scan / 10 s). */
export const settingsShape = {
  /** The scanner every scan goes to: Cloudflare URL Scanner unless the person chose another. */
  provider: providerIdSchema.default('cloudflare'),
  apiBaseUrl: apiBaseUrlSchema.default(DEFAULT_API_BASE_URL),
  accountId: accountIdSchema.default(''),
  credentials: credentialsSchema.default({ kind: 'token', token: '' }),
  urlscanApiBaseUrl: apiBaseUrlSchema.default(URLSCAN_BASE_URL),
  /** urlscan.io's own names: private scans are seen by nobody else (the default, as Unlisted is for Cloudflare), unlisted ones by its vetted researchers. */
  urlscanVisibility: z.enum(['private', 'unlisted', 'public']).default('private'),
  scanurlApiBaseUrl: apiBaseUrlSchema.default(SCANURL_API_BASE_URL),
  providerKeys: providerKeysSchema.default({ urlscan: '', scanurl: '' }),
  /** Unlisted keeps scans out of public search; Free accounts can only make Public scans. */
  visibility: visibilitySchema.default('Unlisted'),
  screenshotResolutions: z
    .array(screenshotResolutionSchema)
    .min(1, { error: () => t('settings.noResolution') })
    .transform((list) => [...new Set(list)])
    .default(['desktop']),
  customHeaders: z
    .record(
      z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { error: () => t('settings.headerName') }),
      z.string().max(4096),
    )
    .default({}),
  userAgent: z.string().max(4096).default(''),
  referer: z.string().max(4096).default(''),
  autoScanOnHover: z.boolean().default(true),
  autoScanOnVisit: z.boolean().default(true),
  /** Start a clicked link's scan at once, while its page loads (the visit scan then joins it). */
  autoScanOnClick: z.boolean().default(true),
  dwellMs: boundedNumber(100, 5 * SECOND, 'milliseconds').default(500),
  neverScanDomains: z.array(z.string()).default([]),
  /** Sites the person chose to trust: no banner, no interstitial, no hold, no scan on visit. */
  trustedSites: z.array(z.string()).default([]),
  /** Show the quiet green mark on links with no threats found. */
  showSafeBadges: z.boolean().default(true),
  /** Hold a clicked link on the checking page until its verdict is in (off: the page loads meanwhile). */
  strictMode: z.boolean().default(false),
  cacheTtlMs: boundedNumber(6 * MINUTE, 30 * 24 * HOUR, 'hours').default(24 * HOUR),
  scanIntervalMs: boundedNumber(50, HOUR, 'seconds').default(10 * SECOND),
  pollInitialDelayMs: boundedNumber(50, 5 * MINUTE, 'seconds').default(10 * SECOND),
  pollIntervalMs: boundedNumber(50, 5 * MINUTE, 'seconds').default(10 * SECOND),
  scanDeadlineMs: boundedNumber(SECOND, HOUR, 'seconds').default(5 * MINUTE),
  hoverExpiryMs: boundedNumber(SECOND, HOUR, 'seconds').default(MINUTE),
  /** Automatic scans (hover, visit) one tab may start in a day before they pause. */
  autoScanTabBudget: boundedNumber(1, 10_000, 'count').default(30),
  /** Automatic scans in a day before they pause (a Free account has 5,000 scans a month, ~160 a day). */
  autoScanDailyBudget: boundedNumber(1, 100_000, 'count').default(150),
  historyLimit: boundedNumber(10, 100_000, 'count').default(1000),
  screenshotBytesLimit: boundedNumber(1024 * 1024, 2 * 1024 ** 3, 'count').default(100 * 1024 * 1024),
};

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
