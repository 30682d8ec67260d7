import { shown, z } from '../z';
import { scanIdSchema } from './result-schema';

// Responses other than the full report (see shared API notes): submit, search, HAR and both error shapes.

export const visibilitySchema = z.enum(['Public', 'Unlisted']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const screenshotResolutionSchema = z.enum(['desktop', 'mobile', 'tablet']);
export type ScreenshotResolution = z.infer<typeof screenshotResolutionSchema>;

export const submitResponseSchema = z.looseObject({
  uuid: scanIdSchema,
  api: shown(z.string()),
  result: shown(z.string()),
  url: shown(z.string()),
  // The API answers in lower case ("unlisted") even though requests spell it "Unlisted".
  visibility: shown(z.string()),
  message: shown(z.string()),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const searchHitSchema = z.looseObject({
  task: z.looseObject({
    uuid: scanIdSchema,
    url: z.string(),
    time: z.string(),
    visibility: shown(z.string()),
  }),
  page: shown(z.looseObject({ url: shown(z.string()), asn: shown(z.string()), country: shown(z.string()) })),
  verdicts: shown(z.looseObject({ malicious: shown(z.boolean()) })),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResponseSchema = z.looseObject({
  // One malformed row must not hide the others.
  results: z.array(z.unknown()).transform((rows) =>
    rows.flatMap((row) => {
      const hit = searchHitSchema.safeParse(row);
      return hit.success ? [hit.data] : [];
    }),
  ),
});

export const harSchema = z.looseObject({ log: z.looseObject({ entries: z.array(z.unknown()) }) });
export type Har = z.infer<typeof harSchema>;

/** Shape A: the scanner's own errors (404 while running, 409, 429, 400). */
const scannerErrorSchema = z.looseObject({
  message: shown(z.string()),
  description: shown(z.string()),
  errors: shown(z.array(z.looseObject({ title: shown(z.string()), detail: shown(z.string()) }))),
});
/** Shape B: Cloudflare's classic envelope (gateway and authentication failures). */
const envelopeErrorSchema = z.looseObject({
  success: z.literal(false),
  errors: z.array(
    z.looseObject({
      code: shown(z.number()),
      message: shown(z.string()),
      // The underlying causes, e.g. 6003 "Invalid request headers" carrying 6111 (unverified: see API notes).
      error_chain: shown(z.array(z.looseObject({ code: shown(z.number()) }))),
    }),
  ),
});

/**
 * The codes of a classic-envelope error, the `error_chain` ones included; undefined when the body is not
 * that envelope (the scanner's own errors carry no codes).
 */
export function envelopeCodesFrom(body: unknown): number[] | undefined {
  const envelope = envelopeErrorSchema.safeParse(body);
  if (!envelope.success) return undefined;
  return envelope.data.errors.flatMap((e) => [
    ...(e.code === undefined ? [] : [e.code]),
    ...(e.error_chain ?? []).flatMap((c) => (c.code === undefined ? [] : [c.code])),
  ]);
}

/** The most useful human-readable message in an error body of either shape, if there is one. */
export function errorMessageFrom(body: unknown): string | undefined {
  const envelope = envelopeErrorSchema.safeParse(body);
  if (envelope.success) {
    const messages = envelope.data.errors.map((e) => e.message).filter((m): m is string => !!m);
    if (messages.length > 0) return messages.join('; ');
  }
  const scanner = scannerErrorSchema.safeParse(body);
  if (!scanner.success) return undefined;
  const details = (scanner.data.errors ?? []).map((e) => e.detail ?? e.title).filter((m): m is string => !!m);
  return scanner.data.description ?? (details.length > 0 ? details.join('; ') : scanner.data.message);
}
