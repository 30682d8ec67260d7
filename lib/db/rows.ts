import { screenshotResolutionSchema } from '../cloudflare/api-schemas';
import { providerIdSchema } from '../providers/scan-provider';
import { scanReasonSchema } from '../scan/scan-reason';
import { verdictKindSchema } from '../scan/verdict';
import { z } from '../z';

// Every row as it is stored. Rows are parsed when read: a row written by an older version that no longer
// fits is treated as absent rather than trusted.

export function parseRow<T extends z.ZodType>(schema: T, row: unknown): z.infer<T> | undefined {
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row);
  return parsed.success ? (parsed.data as z.infer<T>) : undefined;
}

export function parseRows<T extends z.ZodType>(schema: T, rows: unknown[]): z.infer<T>[] {
  return rows.flatMap((row) => {
    const parsed = parseRow(schema, row);
    return parsed === undefined ? [] : [parsed];
  });
}

export const apiErrorInfoSchema = z.object({ kind: z.string(), message: z.string() });
export type ApiErrorInfo = z.infer<typeof apiErrorInfoSchema>;

/** What a verdict says about a URL; shared by the cache and the history. */
const verdictFields = {
  url: z.string(),
  kind: verdictKindSchema,
  reasons: z.array(z.string()),
  categories: z.array(z.string()),
  finalUrl: z.string().optional(),
};

/** The latest known state of one normalised URL: the verdict cache. */
export const verdictRowSchema = z.object({
  ...verdictFields,
  scanId: z.string().optional(),
  /** When the verdict was decided (the scan's own time for a reused scan). */
  checkedAt: z.number(),
  /** The scanner's own page for the report, for people (none for ScanURL; rows before v0.2: Cloudflare). */
  reportUrl: z.string().optional(),
  error: apiErrorInfoSchema.optional(),
});
export type VerdictRow = z.infer<typeof verdictRowSchema>;

/** What a link's badge shows of its verdict. */
export type LinkVerdict = Pick<VerdictRow, 'url' | 'kind' | 'categories'>;

/** One finished scan: the history. */
export const scanRowSchema = z.object({
  ...verdictFields,
  scanId: z.string(),
  title: z.string().optional(),
  visibility: z.string().optional(),
  reportUrl: z.string().optional(),
  finishedAt: z.number(),
  /** Reused an existing scan found by search instead of submitting a new one. */
  reused: z.boolean(),
});
export type ScanRow = z.infer<typeof scanRowSchema>;

export const reportRowSchema = z.object({
  scanId: z.string(),
  /** Which scanner wrote the report, so a page renders it with that scanner's view (v2 rows: Cloudflare). */
  provider: providerIdSchema.default('cloudflare'),
  report: z.unknown(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const screenshotRowSchema = z.object({
  scanId: z.string(),
  resolution: screenshotResolutionSchema,
  image: z.instanceof(Blob),
  bytes: z.number(),
  storedAt: z.number(),
});
export type ScreenshotRow = z.infer<typeof screenshotRowSchema>;

export const jobStateSchema = z.enum(['new', 'waiting', 'submitting', 'polling']);
export type JobState = z.infer<typeof jobStateSchema>;

/**
 * Work in progress, persisted so that a service worker restart loses nothing:
 * new → (search for a reusable scan) → waiting → (paced submit) → submitting → polling → done.
 */
export const jobRowSchema = z.object({
  url: z.string(),
  reason: scanReasonSchema,
  priority: z.number(),
  state: jobStateSchema,
  scanId: z.string().optional(),
  /** The scanner `scanId` belongs to (rows from before there was a choice: absent, Cloudflare's). */
  provider: providerIdSchema.optional(),
  reused: z.boolean().default(false),
  /** A rescan the person asked for: submit anew instead of reusing an existing scan. */
  skipReuse: z.boolean().default(false),
  createdAt: z.number(),
  nextRunAt: z.number(),
  deadlineAt: z.number(),
  /** Transient failures so far (network, 5xx); bounded. */
  attempts: z.number(),
  polls: z.number().default(0),
  /** 409s so far: the API saw this URL moments ago, so the job only searches for that scan. */
  conflicts: z.number().default(0),
  /** Searches so far for a submission whose answer was lost (the worker died, or the request timed out). */
  lostSearches: z.number().default(0),
  tabIds: z.array(z.number()),
});
export type JobRow = z.infer<typeof jobRowSchema>;

/** Account-wide pacing, shared by every job and kept across restarts. */
export const pacingSchema = z.object({
  nextSubmitAt: z.number(),
  /** 429: no request at all before this time. */
  blockedUntil: z.number(),
  /** The credentials were rejected: nothing is sent until the settings change. */
  authRejected: apiErrorInfoSchema.optional(),
  /**
   * The account refused the visibility asked for (a Free Cloudflare account and Unlisted): every
   * submission waits until the person chooses (Public scans, or keep them private and stay paused).
   * `kept`: the person chose to keep scans private; still paused, no longer asked.
   */
  visibilityRefused: z
    .object({
      provider: providerIdSchema,
      asked: z.string(),
      message: z.string(),
      at: z.number(),
      kept: z.boolean().default(false),
    })
    .optional(),
  /**
   * A scan came back more public than asked (Unlisted asked, Public made): automatic scans stop until
   * the person has seen it and dismissed it.
   */
  visibilityMismatch: z
    .object({
      provider: providerIdSchema,
      asked: z.string(),
      answered: z.string(),
      url: z.string(),
      at: z.number(),
    })
    .optional(),
});
export type Pacing = z.infer<typeof pacingSchema>;
export const INITIAL_PACING: Pacing = { nextSubmitAt: 0, blockedUntil: 0 };
