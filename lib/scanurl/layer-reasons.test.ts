import { describe, expect, it } from 'vitest';
import { seedData } from '../../test/fixtures/scanurl/seed-response';
import { layerFindings } from './layer-reasons';
import { scanDataSchema } from './schemas';

const base = () => seedData();
type Data = ReturnType<typeof base>;
/** The findings of the seed answer after `change`: only what the change adds is asserted. */
function findingsAfter(change: (data: Data) => void) {
  const data = base();
  change(data);
  return layerFindings(scanDataSchema.parse(data));
}
const SEED_REASONS = [
  'Hosted on trusted enterprise infrastructure',
  'Domain older than 5 years (stability signal)',
];

describe('ScanURL layer findings', () => {
  it('says only the reputation layer’s own reasons for the trusted seed', () => {
    expect(findingsAfter(() => {})).toEqual({ reasons: SEED_REASONS, categories: [] });
  });

  it('redirect_info: hops and where they land, and a redirect loop', () => {
    const { reasons } = findingsAfter((d) => {
      d.redirect_info = { ...d.redirect_info, final_url: 'https://landing.example/x', redirect_count: 2 };
      d.redirect_info.redirect_limit_exceeded = true;
    });
    expect(reasons).toContain('The link redirects 2 times, landing on landing.example.');
    expect(reasons).toContain('The link redirects more times than ScanURL follows.');
  });

  it('quick_scan: a new domain, a phishing probability, an unreachable page, a risk level', () => {
    const found = findingsAfter((d) => {
      d.quick_scan = { ...d.quick_scan, domain_age: 12, phishing_probability: 0.93, reachable: false };
      d.quick_scan.risk_level = 'HIGH';
    });
    expect(found.reasons).toEqual(
      expect.arrayContaining([
        'The domain is 12 days old.',
        "ScanURL's URL model puts the chance of phishing at 93%.",
        'ScanURL could not reach the page.',
        'The URL-level check rated the risk as high.',
      ]),
    );
    expect(found.categories).toEqual(['New domain', 'Phishing']);
    expect(findingsAfter((d) => Object.assign(d.quick_scan, { domain_age: 1 })).reasons).toContain(
      'The domain is 1 day old.',
    );
    expect(findingsAfter((d) => Object.assign(d.quick_scan, { domain_age: 30 })).categories).toEqual([]);
  });

  it('deep_scan: a risky page and a risky model score, from 0.5 up', () => {
    const { reasons } = findingsAfter((d) => {
      d.deep_scan = { ...d.deep_scan, page_risk: 0.8, ml_score: 0.5 };
    });
    expect(reasons).toContain('The loaded page scored 80% for risk.');
    expect(reasons).toContain("ScanURL's page model scored it 50% risky.");
    expect(findingsAfter((d) => Object.assign(d.deep_scan, { page_risk: 0.49 })).reasons).toEqual(
      SEED_REASONS,
    );
  });

  it('vision: a login form, a credential layout and each OCR signal', () => {
    const found = findingsAfter((d) => {
      Object.assign(d.deep_scan.vision, {
        login_page_detected: true,
        credential_layout_detected: true,
        ocr_browser_warning: true,
        ocr_access_block: true,
        ocr_page_error: true,
        ocr_under_construction: true,
        ocr_adult_keywords_detected: true,
      });
    });
    expect(found.reasons.slice(0, 7)).toEqual([
      'The page looks like a login form.',
      'The page is laid out to collect passwords or other credentials.',
      'The page shows a browser security warning.',
      'The page says access is blocked.',
      'The page shows an error message.',
      'The page says it is under construction.',
      'The text on the page has adult keywords.',
    ]);
    expect(found.categories).toEqual(['Login page', 'Credential form', 'Adult content']);
  });

  it('reputation: its reasons, a risky infrastructure, certificate, email policy and hosting', () => {
    const found = findingsAfter((d) => {
      const rep = d.deep_scan.reputation;
      rep.reasons = ['Domain registered recently', ' ', 'y'.repeat(500)];
      rep.infrastructure_risk_level = 'High';
      rep.ssl.self_signed = true;
      Object.assign(rep.dns, { spf_present: false, dmarc_present: false });
      Object.assign(rep.asn, { is_suspicious_hosting: true, hosting_provider: 'CHEAP-VPS' });
    });
    expect(found.reasons).toEqual([
      'Domain registered recently',
      `${'y'.repeat(199)}…`,
      "ScanURL rates the hosting infrastructure's risk as high.",
      'Its TLS certificate is self-signed.',
      'The domain publishes no SPF or DMARC email policy.',
      'It is hosted where ScanURL sees suspicious hosting (CHEAP-VPS).',
    ]);
    expect(found.categories).toEqual(['Suspicious hosting']);
  });

  it.each([
    [{ cert_present: false }, 'The site has no TLS certificate.'],
    [{ cert_expired: true, cert_valid: false }, 'Its TLS certificate has expired.'],
    [{ cert_valid: false }, 'Its TLS certificate is not valid.'],
  ])('reputation: a certificate %j gives one sentence', (ssl, sentence) => {
    const { reasons } = findingsAfter((d) => Object.assign(d.deep_scan.reputation.ssl, ssl));
    expect(reasons).toEqual([...SEED_REASONS, sentence]);
  });

  it('reads layers placed at the top of data as well as inside deep_scan', () => {
    const { reasons } = findingsAfter((d) => {
      Object.assign(d, {
        vision: { login_page_detected: true },
        reputation: { reasons: ['Top-level reason'] },
      });
    });
    expect(reasons).toEqual(['The page looks like a login form.', 'Top-level reason']);
  });
});
