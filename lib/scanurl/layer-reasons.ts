import { formatNumber, uiLocale } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { layersOf, type ScanUrlReport, type ScanUrlReputation, type ScanUrlVision } from './schemas';

// Each analysis layer's signals in words a person understands, with a short category label for the
// ones worth a badge. Only what points at risk is said (plus the reputation layer's own reasons, which
// ScanURL writes for people): a report that lists every passed check would bury the one that matters.

/** The seed: "less than 30 days old … will be flagged as a new domain". */
export const NEW_DOMAIN_DAYS = 30;
/** Sub-scores (0–1) from this value up are worth a sentence. */
export const SIGNAL_SCORE = 0.5;
const MAX_PROVIDER_REASONS = 8;
const MAX_TEXT = 200;

export interface Findings {
  reasons: string[];
  categories: string[];
}

const percent = (score: number) => score.toLocaleString(uiLocale(), { style: 'percent' });
/** Provider text goes into sentences: trimmed and bounded, never trusted to be short. */
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text).trim();
const isHigh = (score: number | undefined): score is number => score !== undefined && score >= SIGNAL_SCORE;

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

function visionFindings(vision: ScanUrlVision, out: Findings) {
  if (vision.login_page_detected) {
    out.reasons.push(t('reasons.scanurl.loginForm'));
    out.categories.push(t('reasons.scanurl.category.loginPage'));
  }
  if (vision.credential_layout_detected) {
    out.reasons.push(t('reasons.scanurl.credentialLayout'));
    out.categories.push(t('reasons.scanurl.category.credentialForm'));
  }
  if (vision.ocr_browser_warning) out.reasons.push(t('reasons.scanurl.browserWarning'));
  if (vision.ocr_access_block) out.reasons.push(t('reasons.scanurl.accessBlocked'));
  if (vision.ocr_page_error) out.reasons.push(t('reasons.scanurl.pageError'));
  if (vision.ocr_under_construction) out.reasons.push(t('reasons.scanurl.underConstruction'));
  if (vision.ocr_adult_keywords_detected) {
    out.reasons.push(t('reasons.scanurl.adultKeywords'));
    out.categories.push(t('reasons.scanurl.category.adultContent'));
  }
}

function reputationFindings(reputation: ScanUrlReputation, out: Findings) {
  for (const reason of (reputation.reasons ?? []).slice(0, MAX_PROVIDER_REASONS)) {
    if (reason.trim()) out.reasons.push(clip(reason));
  }
  const level = riskLevelWord(reputation.infrastructure_risk_level);
  if (level !== undefined) out.reasons.push(t('reasons.scanurl.infrastructureRisk', [level]));
  const { ssl, dns, asn } = reputation;
  if (ssl?.cert_present === false) out.reasons.push(t('reasons.scanurl.noCertificate'));
  else if (ssl?.self_signed) out.reasons.push(t('reasons.scanurl.selfSigned'));
  else if (ssl?.cert_expired) out.reasons.push(t('reasons.scanurl.certificateExpired'));
  else if (ssl?.cert_valid === false) out.reasons.push(t('reasons.scanurl.certificateInvalid'));
  if (dns?.spf_present === false && dns.dmarc_present === false) {
    out.reasons.push(t('reasons.scanurl.noEmailPolicy'));
  }
  if (asn?.is_suspicious_hosting) {
    const host = asn.hosting_provider ?? asn.asn_org;
    out.reasons.push(
      host ? t('reasons.scanurl.suspiciousHostingAt', [clip(host)]) : t('reasons.scanurl.suspiciousHosting'),
    );
    out.categories.push(t('reasons.scanurl.category.suspiciousHosting'));
  }
}

/** A risk level worth a sentence (medium and above), in words; undefined for lower or unknown ones. */
function riskLevelWord(level: string | undefined): string | undefined {
  switch (level?.toLowerCase()) {
    case 'medium':
      return t('reasons.scanurl.level.medium');
    case 'high':
      return t('reasons.scanurl.level.high');
    case 'critical':
      return t('reasons.scanurl.level.critical');
    default:
      return undefined;
  }
}

/** Every layer's findings, in the order ScanURL runs them: redirects, URL, page, vision, reputation. */
export function layerFindings(report: ScanUrlReport): Findings {
  const out: Findings = { reasons: [], categories: [] };
  const { redirect, quick, deep, vision, reputation } = layersOf(report);

  const hops = redirect?.redirect_count ?? 0;
  if (hops > 0) {
    const landing = hostOf(redirect?.final_url);
    const count = formatNumber(hops);
    out.reasons.push(
      landing
        ? t('reasons.scanurl.redirectsTo', hops, [count, landing])
        : t('reasons.scanurl.redirects', hops, [count]),
    );
  }
  if (redirect?.redirect_limit_exceeded) out.reasons.push(t('reasons.scanurl.tooManyRedirects'));

  if (quick?.domain_age !== undefined && quick.domain_age >= 0 && quick.domain_age < NEW_DOMAIN_DAYS) {
    const days = Math.floor(quick.domain_age);
    out.reasons.push(t('reasons.scanurl.domainAge', days, [formatNumber(days)]));
    out.categories.push(t('reasons.scanurl.category.newDomain'));
  }
  if (isHigh(quick?.phishing_probability)) {
    out.reasons.push(t('reasons.scanurl.phishingChance', [percent(quick.phishing_probability)]));
    out.categories.push(t('reasons.scanurl.category.phishing'));
  }
  if (quick?.reachable === false) out.reasons.push(t('reasons.scanurl.unreachable'));
  const level = quick?.risk_level?.toLowerCase();
  if (level && level !== 'safe' && level !== 'low') {
    // ScanURL's own word when it is not one Scanlink knows.
    out.reasons.push(t('reasons.scanurl.urlRisk', [riskLevelWord(level) ?? clip(level)]));
  }

  if (isHigh(deep?.page_risk)) out.reasons.push(t('reasons.scanurl.pageRisk', [percent(deep.page_risk)]));
  if (isHigh(deep?.ml_score)) out.reasons.push(t('reasons.scanurl.modelRisk', [percent(deep.ml_score)]));

  if (vision) visionFindings(vision, out);
  if (reputation) reputationFindings(reputation, out);
  return { reasons: [...new Set(out.reasons)], categories: [...new Set(out.categories)] };
}
