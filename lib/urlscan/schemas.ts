import { scanIdSchema } from '../cloudflare/result-schema';
import { judged, shown, z } from '../z';

// urlscan.io's answers (docs.urlscan.io, the official urlscan-python and urlscan-cli clients). The verdict
// is decided on task identity and `verdicts`, so those fields are strict (`judged`): drift there rejects
// the result instead of quietly making it look safe. Everything else is `shown`: optional, degrading to
// absent. Unknown keys are kept, since urlscan.io adds fields without notice ("make sure your response
// parser can handle missing fields").

const str = shown(z.string());
const num = shown(z.number());
const loose = z.looseObject;

export const visibilitySchema = z.enum(['public', 'unlisted', 'private']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const submitResponseSchema = loose({
  uuid: scanIdSchema,
  message: str,
  result: str,
  api: str,
  // The API may enforce another visibility than the one asked for (team or account settings).
  visibility: str,
  url: str,
  options: shown(loose({})),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

/** `verdicts.overall.brands` is a flat list of ids; `verdicts.urlscan.brands` lists objects. */
const brand = z.union([z.string(), loose({ key: str, name: str })]);
const verdictBlock = loose({
  // −100 (legitimate) to 100 (malicious) since April 2022.
  score: judged(z.number()),
  malicious: judged(z.boolean()),
  categories: judged(z.array(z.string())),
  brands: judged(z.array(brand)),
  tags: shown(z.array(z.string())),
  // Seen as a boolean and as a count.
  hasVerdicts: shown(z.union([z.boolean(), z.number()])),
});
export type VerdictBlock = z.infer<typeof verdictBlock>;

export const resultSchema = loose({
  task: loose({
    uuid: scanIdSchema,
    url: z.string(),
    time: z.string(),
    visibility: str,
    method: str,
    reportURL: str,
    screenshotURL: str,
    domURL: str,
  }),
  page: shown(
    loose({
      url: str,
      domain: str,
      title: str,
      // A string ("200") in current results; older ones may omit it.
      status: shown(z.union([z.string(), z.number()])),
      redirected: str,
      ip: str,
      country: str,
      asnname: str,
    }),
  ),
  verdicts: judged(
    loose({ overall: judged(verdictBlock), urlscan: judged(verdictBlock), community: shown(loose({})) }),
  ),
  // Read item by item (see redirect-chain.ts): the entries come from Chrome's DevTools protocol.
  data: shown(loose({ requests: shown(z.array(z.unknown())) })),
  lists: shown(loose({ urls: shown(z.array(z.string())), domains: shown(z.array(z.string())) })),
  stats: shown(loose({})),
  meta: shown(loose({})),
});
export type UrlscanResult = z.infer<typeof resultSchema>;

export const searchHitSchema = loose({
  _id: scanIdSchema,
  task: loose({
    // Older rows carry only `_id`.
    uuid: shown(scanIdSchema),
    url: z.string(),
    time: z.string(),
    visibility: str,
  }),
  page: shown(loose({ url: str, domain: str, status: shown(z.union([z.string(), z.number()])) })),
  // Often `{}` or absent in search rows: fetch the result for the verdict.
  verdicts: shown(loose({ malicious: shown(z.boolean()), score: num })),
  sort: shown(z.array(z.union([z.string(), z.number()]))),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResponseSchema = loose({
  // One malformed row must not hide the others.
  results: z.array(z.unknown()).transform((rows) =>
    rows.flatMap((row) => {
      const hit = searchHitSchema.safeParse(row);
      return hit.success ? [hit.data] : [];
    }),
  ),
  total: num,
  has_more: shown(z.boolean()),
});

const quotaPeriod = loose({ limit: num, used: num, remaining: num });
const quota = shown(loose({ minute: shown(quotaPeriod), hour: shown(quotaPeriod), day: shown(quotaPeriod) }));
export const quotasSchema = loose({
  scope: str,
  limits: shown(loose({ public: quota, unlisted: quota, private: quota, search: quota, retrieve: quota })),
});
export type Quotas = z.infer<typeof quotasSchema>;

// docs.urlscan.io/pages/error-codes: `{code, type, message, errors: [{code, title, description, status}]}`
// for a search error, `{message, description, status, errors: [{title, detail, status}]}` for a scan one.
export const errorBodySchema = loose({
  code: str,
  type: str,
  message: str,
  description: str,
  status: num,
  errors: shown(z.array(loose({ code: str, title: str, detail: str, description: str, status: num }))),
});

/** "DNS Error - Could not resolve domain: The domain … could not be resolved", or undefined. */
export function errorMessageFrom(body: unknown): string | undefined {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { code, type, message, description, errors } = parsed.data;
  const details = (errors ?? []).map((e) => e.detail ?? e.description ?? e.title);
  const words = [message, description, ...details].filter((m): m is string => !!m?.trim());
  // Only a machine code ("validationerror", type "query"): better than nothing, but never before words.
  const codes = [code ?? errors?.find((e) => e.code?.trim())?.code, type].filter(
    (m): m is string => !!m?.trim(),
  );
  const parts = words.length > 0 ? words : codes.length > 0 ? [codes.join(' ')] : [];
  return parts.length > 0 ? [...new Set(parts)].join(': ') : undefined;
}
