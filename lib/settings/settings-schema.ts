import { screenshotResolutionSchema, visibilitySchema } from '../cloudflare/api-schemas';
import { providerIdSchema } from '../providers/scan-provider';
import { SCANURL_API_BASE_URL } from '../scanurl/client';
import { URLSCAN_BASE_URL } from '../urlscan/client';
import { z } from '../z';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The token travels to this origin: HTTPS, or plain HTTP only to this machine (a local mock or proxy). */
export const apiBaseUrlSchema = z
  .string()
  .trim()
  .refine((text) => URL.canParse(text), 'Enter a full URL, like https://api.cloudflare.com/client/v4')
  .transform((text) => new URL(text))
  .refine(
    (url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)),
    'The API URL must use https:// (plain http:// only for 127.0.0.1 or localhost)',
  )
  .refine(
    (url) => !url.username && !url.password && !url.search && !url.hash,
    'Leave out credentials, ? and #',
  )
  .transform((url) => url.href.replace(/\/+$/, ''));

export const accountIdSchema = z
  .string()
  .trim()
  .max(64, 'An account ID is at most 64 characters')
  .regex(/^[A-Za-z0-9_-]*$/, 'An account ID has only letters, digits, - and _');

export const credentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), token: z.string().trim() }),
  z.object({ kind: z.literal('global-key'), email: z.string().trim(), key: z.string().trim() }),
]);
export type Credentials = z.infer<typeof credentialsSchema>;

const durationMs = (min: number, max: number) => z.number().int().min(min).max(max);

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
    .min(1, 'Choose at least one screenshot resolution')
    .transform((list) => [...new Set(list)])
    .default(['desktop']),
  customHeaders: z
    .record(
      z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'Not a valid header name'),
      z.string().max(4096),
    )
    .default({}),
  userAgent: z.string().max(4096).default(''),
  referer: z.string().max(4096).default(''),
  autoScanOnHover: z.boolean().default(true),
  autoScanOnVisit: z.boolean().default(true),
  /** Start a clicked link's scan at once, while its page loads (the visit scan then joins it). */
  autoScanOnClick: z.boolean().default(true),
  dwellMs: durationMs(100, 5 * SECOND).default(500),
  neverScanDomains: z.array(z.string()).default([]),
  /** Sites the person chose to trust: no banner, no interstitial, no hold, no scan on visit. */
  trustedSites: z.array(z.string()).default([]),
  /** Show the quiet green mark on links with no threats found. */
  showSafeBadges: z.boolean().default(true),
  /** Hold a clicked link on the checking page until its verdict is in (off: the page loads meanwhile). */
  strictMode: z.boolean().default(false),
  cacheTtlMs: durationMs(SECOND, 30 * 24 * HOUR).default(24 * HOUR),
  scanIntervalMs: durationMs(50, HOUR).default(10 * SECOND),
  pollInitialDelayMs: durationMs(50, 5 * MINUTE).default(10 * SECOND),
  pollIntervalMs: durationMs(50, 5 * MINUTE).default(10 * SECOND),
  scanDeadlineMs: durationMs(SECOND, HOUR).default(5 * MINUTE),
  hoverExpiryMs: durationMs(SECOND, HOUR).default(MINUTE),
  /** Automatic scans (hover, visit) one tab may start in a day before they pause. */
  autoScanTabBudget: z.number().int().min(1).max(10_000).default(30),
  /** Automatic scans in a day before they pause (a Free account has 5,000 scans a month, ~160 a day). */
  autoScanDailyBudget: z.number().int().min(1).max(100_000).default(150),
  historyLimit: z.number().int().min(10).max(100_000).default(1000),
  screenshotBytesLimit: z
    .number()
    .int()
    .min(1024 * 1024)
    .max(2 * 1024 ** 3)
    .default(100 * 1024 * 1024),
};

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
