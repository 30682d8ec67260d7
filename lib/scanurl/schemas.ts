import { judged, shown, z } from '../z';

// ScanURL's `url-scan` answer (seed 003). What the verdict is decided on is strict (`judged`: the
// envelope's `success`, `data.status`, `data.final_verdict`, `data.risk_score` in 0–1), so drift there
// rejects the answer instead of quietly making a URL look safe. Every other field is `shown`: optional,
// and a drifted value degrades to absent. Unknown keys are kept (`looseObject`): the seed lists its
// sections as "includes", not as a closed set.

const str = shown(z.string());
const num = shown(z.number());
const bool = shown(z.boolean());
const strings = shown(z.array(z.string()));
const loose = z.looseObject;
/** Sub-scores read as 0–1 like `risk_score`; one outside that range has drifted and degrades to absent. */
const score = shown(z.number().min(0).max(1));

export const redirectInfoSchema = loose({
  initial_url: str,
  final_url: str,
  http_chain: strings,
  js_navigations: strings,
  redirect_count: num,
  redirect_limit_exceeded: bool,
});

/** URL-level analysis. `domain_age` is in days (facebook.com: 10618 in the seed, registered 1997). */
export const quickScanSchema = loose({
  domain_age: num,
  reachable: bool,
  risk_level: str,
  stage: str,
  phishing_probability: score,
});

export const visionSchema = loose({
  login_page_detected: bool,
  credential_layout_detected: bool,
  vision_score: score,
  ocr_text_detected: bool,
  ocr_browser_warning: bool,
  ocr_access_block: bool,
  ocr_page_error: bool,
  ocr_under_construction: bool,
  ocr_adult_keywords_detected: bool,
  vision_available: bool,
});

export const reputationSchema = loose({
  reputation_score: score,
  infrastructure_risk_level: str,
  reasons: strings,
  ssl: shown(
    loose({
      cert_present: bool,
      cert_age_days: num,
      cert_valid_days_remaining: num,
      cert_issuer: str,
      self_signed: bool,
      cert_valid: bool,
      cert_expired: bool,
    }),
  ),
  dns: shown(
    loose({
      mx_present: bool,
      spf_present: bool,
      dmarc_present: bool,
      dmarc_policy: str,
      dmarc_strict: bool,
    }),
  ),
  asn: shown(
    loose({
      ip: str,
      // The seed sends the AS number as a string ("32934"); a number is the same fact.
      asn: shown(z.union([z.string(), z.number()])),
      asn_org: str,
      hosting_provider: str,
      is_cloud_hosting: bool,
      is_suspicious_hosting: bool,
      is_cdn: bool,
      is_enterprise_infra: bool,
      is_cloud_vps: bool,
    }),
  ),
});

/** Page-level analysis. The seed's example nests `vision` and `reputation` here. */
export const deepScanSchema = loose({
  verdict: str,
  confidence: str,
  url_risk: score,
  page_risk: score,
  final_score: score,
  ml_score: score,
  vision: shown(visionSchema),
  reputation: shown(reputationSchema),
});

export const scanDataSchema = loose({
  status: judged(z.string()),
  final_verdict: judged(z.string()),
  confidence: shown(z.union([z.string(), z.number()])),
  risk_score: judged(z.number().min(0).max(1)),
  redirect_info: shown(redirectInfoSchema),
  quick_scan: shown(quickScanSchema),
  deep_scan: shown(deepScanSchema),
  // The seed's field table lists `vision` and `reputation` as sections of `data`, while its example
  // nests them in `deep_scan`: both places are read (see `layersOf`).
  vision: shown(visionSchema),
  reputation: shown(reputationSchema),
})
  .refine((data) => data.status !== 'success' || typeof data.final_verdict === 'string', {
    message: 'a successful scan must carry a final_verdict',
    path: ['final_verdict'],
  })
  // An answer with neither is not a failed scan but one we cannot read (renamed fields): an error that
  // is retried, never an "unknown" verdict kept for a day.
  .refine((data) => data.status != null || data.final_verdict != null, {
    message: 'the answer has neither a status nor a final_verdict',
    path: ['status'],
  });

export const scanSuccessSchema = loose({ success: z.literal(true), data: scanDataSchema });
export const scanFailureSchema = loose({ success: z.literal(false), message: str });
export const scanResponseSchema = z.discriminatedUnion('success', [scanSuccessSchema, scanFailureSchema]);

export type ScanUrlReport = z.infer<typeof scanDataSchema>;
export type ScanUrlVision = z.infer<typeof visionSchema>;
export type ScanUrlReputation = z.infer<typeof reputationSchema>;

/** The sections wherever the answer put them: `data` itself first, then inside `deep_scan`. */
export function layersOf(report: ScanUrlReport) {
  return {
    redirect: report.redirect_info,
    quick: report.quick_scan,
    deep: report.deep_scan,
    vision: report.vision ?? report.deep_scan?.vision,
    reputation: report.reputation ?? report.deep_scan?.reputation,
  };
}

/** The `message` of an error body (`{success: false, message}`), if it has one. */
export function errorMessageFrom(body: unknown): string | undefined {
  const parsed = loose({ message: z.string() }).safeParse(body);
  const message = parsed.success ? parsed.data.message.trim() : '';
  return message ? message.slice(0, 300) : undefined;
}
