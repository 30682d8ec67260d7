import { shown, z } from '../z';

// Helpers every provider's summary shares. Reports write "" or 0 for what they do not know: those are
// left out rather than shown empty. Optional fields may hold `undefined` (a view model, never stored).

const DAY_MS = 86_400_000;

export const text = (value: string | undefined | null) => (value?.trim() ? value : undefined);

export const unique = (items: readonly (string | undefined | null)[]) => [
  ...new Set(items.filter((s): s is string => !!s?.trim())),
];

/** ms since the epoch of an ISO time, or undefined. */
export const time = (value: string | undefined) => {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

export interface TlsSummary {
  issuer: string;
  validFrom?: number;
  validDays?: number;
  validUntil?: number;
}

/** The page's certificate from the `tls*` fields Cloudflare and urlscan.io both write on `page`. */
export function tlsOf(
  page: { tlsIssuer?: string; tlsValidFrom?: string; tlsValidDays?: number } | undefined,
) {
  const issuer = text(page?.tlsIssuer);
  if (!issuer) return undefined;
  const validFrom = time(page?.tlsValidFrom);
  const validDays = page?.tlsValidDays || undefined;
  const validUntil =
    validFrom !== undefined && validDays !== undefined ? validFrom + validDays * DAY_MS : undefined;
  return { issuer, validFrom, validDays, validUntil } satisfies TlsSummary;
}

/** A console entry as both scanners record it (Chrome's `Log.entryAdded`). */
export const consoleEntrySchema = z.looseObject({
  message: shown(z.looseObject({ level: shown(z.string()), text: shown(z.string()) })),
});

/** The messages logged at level "error", empty ones included (they still count). */
export function consoleErrorsOf(entries: readonly z.infer<typeof consoleEntrySchema>[]): string[] {
  return entries
    .filter((entry) => entry.message?.level === 'error')
    .map((entry) => entry.message?.text ?? '');
}
