import { layersOf, type ScanUrlReport, scanDataSchema } from '../scanurl/schemas';
import { redirectChainOf } from '../scanurl/verdict';
import { text, unique } from './summary-fields';

// ScanURL's answer (seed 003) as the popup shows it: the final verdict, then each analysis layer with
// every field it sent. Scores stay numbers (0–1) and flags booleans; the components word them. A field
// the answer lacks is absent, and then not shown. Every string is the provider's: display it as text.

/** Reasons are written for people, but by the provider: bounded in number and length. */
const MAX_REASONS = 20;
const MAX_TEXT = 300;
const clip = (value: string | undefined) => {
  const kept = text(value)?.trim();
  return kept && kept.length > MAX_TEXT ? `${kept.slice(0, MAX_TEXT - 1)}…` : kept;
};

/** What the popup shows of a ScanURL answer: the verdict, the redirect chain, and the four layers. */
export type ScanUrlSummary = ReturnType<typeof summariseScanUrlReport>;

/** A report as stored (ScanURL's `data`), parsed as the provider parses it; undefined when it no longer fits. */
export function parseScanUrlReport(stored: unknown): ScanUrlReport | undefined {
  const parsed = scanDataSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

function reputationOf(reputation: ReturnType<typeof layersOf>['reputation']) {
  if (!reputation) return undefined;
  const { ssl, dns, asn } = reputation;
  return {
    score: reputation.reputation_score,
    infrastructureRisk: clip(reputation.infrastructure_risk_level),
    reasons: unique((reputation.reasons ?? []).map(clip)).slice(0, MAX_REASONS),
    ssl: ssl && {
      present: ssl.cert_present,
      valid: ssl.cert_valid,
      expired: ssl.cert_expired,
      selfSigned: ssl.self_signed,
      issuer: clip(ssl.cert_issuer),
      ageDays: ssl.cert_age_days,
      daysRemaining: ssl.cert_valid_days_remaining,
    },
    dns: dns && {
      mx: dns.mx_present,
      spf: dns.spf_present,
      dmarc: dns.dmarc_present,
      dmarcPolicy: clip(dns.dmarc_policy),
      dmarcStrict: dns.dmarc_strict,
    },
    asn: asn && {
      ip: clip(asn.ip),
      asn: asn.asn === undefined ? undefined : clip(String(asn.asn)),
      org: clip(asn.asn_org),
      hostingProvider: clip(asn.hosting_provider),
      cloudHosting: asn.is_cloud_hosting,
      suspiciousHosting: asn.is_suspicious_hosting,
      cdn: asn.is_cdn,
      enterpriseInfra: asn.is_enterprise_infra,
      cloudVps: asn.is_cloud_vps,
    },
  };
}

export function summariseScanUrlReport(report: ScanUrlReport) {
  const { redirect, quick, deep, vision, reputation } = layersOf(report);
  return {
    status: clip(report.status ?? undefined),
    verdict: clip(report.final_verdict ?? undefined),
    confidence: report.confidence === undefined ? undefined : clip(String(report.confidence)),
    riskScore: report.risk_score ?? undefined,
    redirect: redirect && {
      initialUrl: clip(redirect.initial_url),
      finalUrl: clip(redirect.final_url),
      chain: redirectChainOf(report),
      count: redirect.redirect_count,
      scriptNavigations: redirect.js_navigations?.length,
      limitExceeded: redirect.redirect_limit_exceeded,
    },
    quick: quick && {
      phishingProbability: quick.phishing_probability,
      riskLevel: clip(quick.risk_level),
      domainAgeDays: quick.domain_age,
      reachable: quick.reachable,
      stage: clip(quick.stage),
    },
    deep: deep && {
      verdict: clip(deep.verdict),
      confidence: clip(deep.confidence),
      urlRisk: deep.url_risk,
      pageRisk: deep.page_risk,
      finalScore: deep.final_score,
      mlScore: deep.ml_score,
    },
    vision: vision && {
      available: vision.vision_available,
      loginPage: vision.login_page_detected,
      credentialLayout: vision.credential_layout_detected,
      score: vision.vision_score,
      ocr: {
        textDetected: vision.ocr_text_detected,
        browserWarning: vision.ocr_browser_warning,
        accessBlock: vision.ocr_access_block,
        pageError: vision.ocr_page_error,
        underConstruction: vision.ocr_under_construction,
        adultKeywords: vision.ocr_adult_keywords_detected,
      },
    },
    reputation: reputationOf(reputation),
  };
}
