import type { MockVerdict } from './verdict';

// What each verdict changes in the seed's example answer (a "Trusted" scan of facebook.com). Only keys
// the seed has: `fill` refuses others, so the mock cannot drift from the documented shape. The values
// of the risky answers are plausible, not documented (the seed shows only a trusted scan).

type Patch = { [key: string]: unknown };

const fraud: Patch = {
  final_verdict: 'Potential Fraud Risk',
  confidence: 'high',
  risk_score: 0.92,
  quick_scan: { domain_age: 12, risk_level: 'HIGH', phishing_probability: 0.97 },
  deep_scan: {
    verdict: 'Potential Fraud Risk',
    url_risk: 0.9,
    page_risk: 0.85,
    final_score: 0.92,
    ml_score: 0.88,
    vision: { login_page_detected: true, credential_layout_detected: true, vision_score: 0.9 },
    reputation: {
      reputation_score: 0.8,
      infrastructure_risk_level: 'high',
      reasons: ['Domain registered less than 30 days ago', 'Hosted on low-cost cloud VPS'],
      ssl: { cert_age_days: 3, cert_valid_days_remaining: 87, cert_issuer: "CN=R11,O=Let's Encrypt,C=US" },
      dns: {
        mx_present: false,
        spf_present: false,
        dmarc_present: false,
        dmarc_policy: '',
        dmarc_strict: false,
      },
      asn: {
        ip: '203.0.113.7',
        asn: '64500',
        asn_org: 'EXAMPLE-VPS',
        hosting_provider: 'EXAMPLE-VPS',
        is_cloud_hosting: true,
        is_suspicious_hosting: true,
        is_enterprise_infra: false,
        is_cloud_vps: true,
      },
    },
  },
};

const elevated: Patch = {
  final_verdict: 'Elevated Risk',
  confidence: 'medium',
  risk_score: 0.55,
  quick_scan: { domain_age: 200, risk_level: 'MEDIUM', phishing_probability: 0.41 },
  deep_scan: {
    verdict: 'Elevated Risk',
    url_risk: 0.5,
    page_risk: 0.6,
    final_score: 0.55,
    ml_score: 0.45,
    reputation: {
      reputation_score: 0.4,
      infrastructure_risk_level: 'medium',
      reasons: ['Domain younger than 1 year'],
      asn: { is_enterprise_infra: false, is_cloud_hosting: true },
    },
  },
};

const undocumented: Patch = {
  final_verdict: 'Needs Manual Review',
  confidence: 'low',
  risk_score: 0.81,
  deep_scan: { verdict: 'Needs Manual Review', final_score: 0.81 },
};

export const PROFILES: Record<Exclude<MockVerdict, 'failed'>, Patch> = {
  fraud,
  elevated,
  undocumented,
  trusted: {},
};

/** Writes `patch` into `target`, key by key; a key the target lacks is a mock bug. */
export function fill(target: Patch, patch: Patch, path = 'data'): void {
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in target)) throw new Error(`mock-scanurl: ${path}.${key} is not in the seed's answer`);
    const current = target[key];
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object'
    ) {
      fill(current as Patch, value as Patch, `${path}.${key}`);
    } else {
      target[key] = value;
    }
  }
}
