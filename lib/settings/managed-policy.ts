import { visibilitySchema } from '../cloudflare/api-schemas';
import { t } from '../i18n/translate';
import { providerIdSchema } from '../providers/scan-provider';
import { parseDomainPattern } from '../url/domain-pattern';
import { z } from '../z';
import { parseFields } from './parse-fields';
import { accountIdSchema, apiBaseUrlSchema, settingsShape } from './settings-schema';

// What an administrator may preset through the browser's policies (`storage.managed`). The keys and types
// are declared for Chrome in public/managed-schema.json; Firefox checks nothing, so every value is parsed
// here as well, one by one, like stored settings.

/** A secret's schema, with the words for an empty one and one with spaces (asked for when it fails). */
const secret = (empty: () => string, spaces: () => string) =>
  z.string().trim().min(1, { error: empty }).regex(/^\S+$/, { error: spaces });
const apiKey = () =>
  secret(
    () => t('managed.emptyKey'),
    () => t('settings.keySpaces'),
  );

export const managedShape = {
  provider: providerIdSchema,
  // An empty value would lock the field to nothing, which no organisation means.
  accountId: z
    .string()
    .trim()
    .min(1, { error: () => t('managed.emptyAccountId') })
    .pipe(accountIdSchema),
  apiToken: secret(
    () => t('managed.emptyToken'),
    () => t('settings.tokenSpaces'),
  ),
  apiBaseUrl: apiBaseUrlSchema,
  visibility: visibilitySchema,
  urlscanApiKey: apiKey(),
  urlscanApiBaseUrl: apiBaseUrlSchema,
  urlscanVisibility: settingsShape.urlscanVisibility.unwrap(),
  scanurlApiKey: apiKey(),
  scanurlApiBaseUrl: apiBaseUrlSchema,
  neverScanDomains: z.array(z.string()),
};

export type ManagedKey = keyof typeof managedShape;
export type ManagedValues = Partial<{ [K in ManagedKey]: z.infer<(typeof managedShape)[K]> }>;

export interface ManagedProblem {
  /** The policy key as the administrator wrote it. */
  key: string;
  message: string;
}

export interface ManagedPolicy {
  /** The values that passed; each one wins over the person's own setting. */
  values: ManagedValues;
  /** What was ignored, and why: for the options page, so the administrator's mistake is visible. */
  problems: ManagedProblem[];
}

export const NO_POLICY: ManagedPolicy = { values: {}, problems: [] };

const isManagedKey = (key: string): key is ManagedKey => Object.hasOwn(managedShape, key);

/**
 * Reads what `storage.managed` holds. A value that does not fit is ignored (the person's own setting stays
 * in force) and reported; never-scan domains are checked one by one, so one typo does not drop the list.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const given = raw as Record<string, unknown>;
  const present = Object.keys(given).filter((key) => given[key] !== undefined && given[key] !== null);
  const problems: ManagedProblem[] = present
    .filter((key) => !isManagedKey(key))
    .map((key) => ({ key, message: t('managed.noSuchSetting') }));

  const { values, errors } = parseFields(managedShape, given);
  const kept: ManagedValues = {};
  for (const key of present.filter(isManagedKey)) {
    const error = errors[key];
    if (error !== undefined) problems.push({ key, message: error });
    else Object.assign(kept, { [key]: values[key] });
  }
  if (kept.neverScanDomains) {
    kept.neverScanDomains = domainPatterns(kept.neverScanDomains, problems);
  }
  return { values: kept, problems };
}

function domainPatterns(lines: readonly string[], problems: ManagedProblem[]): string[] {
  const patterns: string[] = [];
  for (const line of lines) {
    const pattern = parseDomainPattern(line);
    if (pattern.ok) patterns.push(pattern.pattern);
    else
      problems.push({
        key: 'neverScanDomains',
        message: t('settings.badLine', [line.trim(), pattern.message]),
      });
  }
  return [...new Set(patterns)];
}

/** The policy keys in force, which the options page shows as set by the organisation. */
export const managedKeys = (policy: ManagedPolicy): ManagedKey[] =>
  (Object.keys(policy.values) as ManagedKey[]).filter((key) => policy.values[key] !== undefined);
