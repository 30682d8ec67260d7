import { describe, expect, it } from 'vitest';
import { seedData } from '../../test/fixtures/scanurl/seed-response';
import { parseScanUrlReport, summariseScanUrlReport } from './scanurl-summary';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the loosely typed seed JSON.
type Raw = Record<string, any>;

/** Seed 003's `data`, as the provider stores it, parsed and summarised, with `change` applied first. */
function summary(change: (raw: Raw) => void = () => {}) {
  const raw: Raw = seedData();
  change(raw);
  const report = parseScanUrlReport(raw);
  if (!report) throw new Error('the seed no longer parses');
  return summariseScanUrlReport(report);
}

describe('summariseScanUrlReport', () => {
  it('reads every field of seed 003’s example answer', () => {
    expect(summary()).toEqual({
      status: 'success',
      verdict: 'Trusted',
      confidence: 'high',
      riskScore: 0,
      redirect: {
        initialUrl: 'https://www.facebook.com/',
        finalUrl: 'https://www.facebook.com/',
        chain: ['https://www.facebook.com/'],
        count: 0,
        scriptNavigations: 1,
        limitExceeded: false,
      },
      quick: {
        phishingProbability: 0.00016953381224745623,
        riskLevel: 'SAFE',
        domainAgeDays: 10618,
        reachable: true,
        stage: 'ml',
      },
      deep: { verdict: 'Trusted', confidence: 'high', urlRisk: 0, pageRisk: 0, finalScore: 0, mlScore: 0 },
      vision: {
        available: true,
        loginPage: false,
        credentialLayout: false,
        score: 0,
        ocr: {
          textDetected: true,
          browserWarning: false,
          accessBlock: false,
          pageError: false,
          underConstruction: false,
          adultKeywords: false,
        },
      },
      reputation: {
        score: 0,
        infrastructureRisk: 'low',
        reasons: [
          'Hosted on trusted enterprise infrastructure',
          'Domain older than 5 years (stability signal)',
        ],
        ssl: {
          present: true,
          valid: true,
          expired: false,
          selfSigned: false,
          issuer: 'CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US',
          ageDays: 82,
          daysRemaining: 8,
        },
        dns: { mx: true, spf: true, dmarc: true, dmarcPolicy: 'reject', dmarcStrict: true },
        asn: {
          ip: '57.144.42.1',
          asn: '32934',
          org: 'FACEBOOK - Facebook, Inc., US',
          hostingProvider: 'FACEBOOK - Facebook, Inc., US',
          cloudHosting: false,
          suspiciousHosting: false,
          cdn: false,
          enterpriseInfra: true,
          cloudVps: false,
        },
      },
    });
  });

  it('follows a redirect chain through HTTP hops and script navigations, web addresses only', () => {
    const s = summary((raw) => {
      raw.redirect_info = {
        initial_url: 'https://bit.example/x',
        final_url: 'https://login-phish.example/signin',
        http_chain: ['https://bit.example/x', 'https://hop.example/r', 'javascript:alert(1)'],
        js_navigations: ['https://login-phish.example/signin'],
        redirect_count: 2,
        redirect_limit_exceeded: false,
      };
    });
    expect(s.redirect?.chain).toEqual([
      'https://bit.example/x',
      'https://hop.example/r',
      'https://login-phish.example/signin',
    ]);
    expect(s.redirect?.count).toBe(2);
  });

  it('reads the vision and reputation layers where the field table puts them, on data itself', () => {
    const s = summary((raw) => {
      raw.vision = { login_page_detected: true, credential_layout_detected: true };
      raw.reputation = { reasons: ['Domain registered 3 days ago'], asn: { asn: 64510 } };
    });
    expect(s.vision).toMatchObject({ loginPage: true, credentialLayout: true });
    expect(s.reputation?.reasons).toEqual(['Domain registered 3 days ago']);
    expect(s.reputation?.asn?.asn).toBe('64510');
  });

  it('leaves out drifted or missing layers, and bounds the provider’s reasons', () => {
    const s = summary((raw) => {
      raw.quick_scan = 'none';
      raw.deep_scan.vision = undefined;
      raw.deep_scan.reputation.reasons = ['  ', 'x'.repeat(1000), 'x'.repeat(1000), 'Fine'];
      raw.confidence = 0.87;
    });
    expect(s.quick).toBeUndefined();
    expect(s.vision).toBeUndefined();
    expect(s.confidence).toBe('0.87');
    expect(s.reputation?.reasons).toHaveLength(2);
    expect(s.reputation?.reasons[0]).toHaveLength(300);
    expect(s.reputation?.reasons[1]).toBe('Fine');
  });

  it('keeps markup in provider strings as plain text for the page to show', () => {
    const s = summary((raw) => {
      raw.final_verdict = '<img src=x onerror=alert(1)>';
    });
    expect(s.verdict).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses a stored report whose verdict fields drifted', () => {
    expect(parseScanUrlReport({ ...seedData(), risk_score: 7 })).toBeUndefined();
    expect(parseScanUrlReport('not a report')).toBeUndefined();
  });
});
