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

const percent = (score: number) => `${Math.round(score * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
    out.reasons.push('The page looks like a login form.');
    out.categories.push('Login page');
  }
  if (vision.credential_layout_detected) {
    out.reasons.push('The page is laid out to collect passwords or other credentials.');
    out.categories.push('Credential form');
  }
  if (vision.ocr_browser_warning) out.reasons.push('The page shows a browser security warning.');
  if (vision.ocr_access_block) out.reasons.push('The page says access is blocked.');
  if (vision.ocr_page_error) out.reasons.push('The page shows an error message.');
  if (vision.ocr_under_construction) out.reasons.push('The page says it is under construction.');
  if (vision.ocr_adult_keywords_detected) {
    out.reasons.push('The text on the page has adult keywords.');
    out.categories.push('Adult content');
  }
}

function reputationFindings(reputation: ScanUrlReputation, out: Findings) {
  for (const reason of (reputation.reasons ?? []).slice(0, MAX_PROVIDER_REASONS)) {
    if (reason.trim()) out.reasons.push(clip(reason));
  }
  const level = reputation.infrastructure_risk_level?.toLowerCase();
  if (level === 'medium' || level === 'high' || level === 'critical') {
    out.reasons.push(`ScanURL rates the hosting infrastructure's risk as ${level}.`);
  }
  const { ssl, dns, asn } = reputation;
  if (ssl?.cert_present === false) out.reasons.push('The site has no TLS certificate.');
  else if (ssl?.self_signed) out.reasons.push('Its TLS certificate is self-signed.');
  else if (ssl?.cert_expired) out.reasons.push('Its TLS certificate has expired.');
  else if (ssl?.cert_valid === false) out.reasons.push('Its TLS certificate is not valid.');
  if (dns?.spf_present === false && dns.dmarc_present === false) {
    out.reasons.push('The domain publishes no SPF or DMARC email policy.');
  }
  if (asn?.is_suspicious_hosting) {
    const host = asn.hosting_provider ?? asn.asn_org;
    out.reasons.push(`It is hosted where ScanURL sees suspicious hosting${host ? ` (${clip(host)})` : ''}.`);
    out.categories.push('Suspicious hosting');
  }
}

/** Every layer's findings, in the order ScanURL runs them: redirects, URL, page, vision, reputation. */
export function layerFindings(report: ScanUrlReport): Findings {
  const out: Findings = { reasons: [], categories: [] };
  const { redirect, quick, deep, vision, reputation } = layersOf(report);

  const hops = redirect?.redirect_count ?? 0;
  if (hops > 0) {
    const landing = hostOf(redirect?.final_url);
    out.reasons.push(
      `The link redirects ${plural(hops, 'time')}${landing ? `, landing on ${landing}` : ''}.`,
    );
  }
  if (redirect?.redirect_limit_exceeded)
    out.reasons.push('The link redirects more times than ScanURL follows.');

  if (quick?.domain_age !== undefined && quick.domain_age >= 0 && quick.domain_age < NEW_DOMAIN_DAYS) {
    out.reasons.push(`The domain is ${plural(Math.floor(quick.domain_age), 'day')} old.`);
    out.categories.push('New domain');
  }
  if (isHigh(quick?.phishing_probability)) {
    out.reasons.push(
      `ScanURL's URL model puts the chance of phishing at ${percent(quick.phishing_probability)}.`,
    );
    out.categories.push('Phishing');
  }
  if (quick?.reachable === false) out.reasons.push('ScanURL could not reach the page.');
  const level = quick?.risk_level?.toLowerCase();
  if (level && level !== 'safe' && level !== 'low') {
    out.reasons.push(`The URL-level check rated the risk as ${clip(level)}.`);
  }

  if (isHigh(deep?.page_risk))
    out.reasons.push(`The loaded page scored ${percent(deep.page_risk)} for risk.`);
  if (isHigh(deep?.ml_score))
    out.reasons.push(`ScanURL's page model scored it ${percent(deep.ml_score)} risky.`);

  if (vision) visionFindings(vision, out);
  if (reputation) reputationFindings(reputation, out);
  return { reasons: [...new Set(out.reasons)], categories: [...new Set(out.categories)] };
}
