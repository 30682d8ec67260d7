import { describe, expect, it } from 'vitest';
import { seedData } from '../../test/fixtures/scanurl/seed-response';
import { providerVerdictSchema } from '../providers/scan-provider';
import { scanDataSchema } from './schemas';
import { verdictFromReport } from './verdict';

const verdictOf = (overrides: Record<string, unknown> = {}) => {
  const verdict = verdictFromReport(scanDataSchema.parse(seedData(overrides)));
  // Whatever the answer, the verdict must fit the common model the pages render.
  providerVerdictSchema.parse(verdict);
  return verdict;
};

describe('ScanURL verdict', () => {
  it('reads the seed as safe, keeping ScanURL’s words, score, confidence and redirect path', () => {
    expect(verdictOf()).toEqual({
      kind: 'safe',
      reasons: [
        "ScanURL's verdict: Trusted.",
        'Hosted on trusted enterprise infrastructure',
        'Domain older than 5 years (stability signal)',
      ],
      categories: [],
      finalUrl: 'https://www.facebook.com/',
      redirectChain: ['https://www.facebook.com/'],
      riskScore: 0,
      confidence: 'high',
      providerVerdict: 'Trusted',
    });
  });

  it.each([
    ['Trusted', 'safe'],
    ['Elevated Risk', 'suspicious'],
    ['Potential Fraud Risk', 'malicious'],
    ['  potential  fraud RISK ', 'malicious'],
  ] as const)('maps the documented verdict %j to %s, whatever the score says', (word, kind) => {
    for (const risk_score of [0, 0.5, 1]) {
      expect(verdictOf({ final_verdict: word, risk_score }).kind).toBe(kind);
    }
  });

  it.each([
    [1, 'malicious'],
    [0.7, 'malicious'],
    [0.69, 'suspicious'],
    [0.3, 'suspicious'],
    [0.29, 'safe'],
    [0, 'safe'],
  ] as const)('judges an undocumented verdict by its risk score %s → %s', (risk_score, kind) => {
    const verdict = verdictOf({ final_verdict: 'Needs Manual Review', risk_score });
    expect(verdict.kind).toBe(kind);
    expect(verdict.providerVerdict).toBe('Needs Manual Review');
    expect(verdict.reasons[0]).toContain('"Needs Manual Review", a verdict Scanlink does not know');
  });

  it('calls an undocumented verdict without a risk score unknown', () => {
    expect(verdictOf({ final_verdict: 'Unrated', risk_score: undefined }).kind).toBe('unknown');
    expect(verdictOf({ final_verdict: 'Unrated', risk_score: null }).kind).toBe('unknown');
  });

  it.each([
    ['failed', 'Potential Fraud Risk'],
    ['error', 'Trusted'],
    [undefined, 'Trusted'],
  ])(
    'never calls a scan with status %j safe or malicious: unknown (a failed request is not "safe")',
    (status, word) => {
      const verdict = verdictOf({ status, final_verdict: word });
      expect(verdict.kind).toBe('unknown');
      expect(verdict.reasons[0]).toMatch(/did not complete the scan .*does not mean the link is safe/);
      expect(verdict.providerVerdict).toBe(word);
    },
  );

  it('keeps a numeric confidence as text and leaves out what the answer lacks', () => {
    const verdict = verdictOf({ confidence: 0.87, redirect_info: undefined, risk_score: undefined });
    expect(verdict.confidence).toBe('0.87');
    expect(verdict).not.toHaveProperty('finalUrl');
    expect(verdict).not.toHaveProperty('redirectChain');
    expect(verdict).not.toHaveProperty('riskScore');
  });

  it('builds the redirect chain from HTTP hops then script navigations, web addresses only', () => {
    const verdict = verdictOf({
      redirect_info: {
        initial_url: 'https://short.example/x',
        final_url: 'https://landing.example/',
        http_chain: ['https://short.example/x', 'https://hop.example/'],
        js_navigations: ['javascript:void(0)', 'https://landing.example/'],
        redirect_count: 2,
      },
    });
    expect(verdict.redirectChain).toEqual([
      'https://short.example/x',
      'https://hop.example/',
      'https://landing.example/',
    ]);
    expect(verdict.finalUrl).toBe('https://landing.example/');
    expect(verdictOf({ redirect_info: { final_url: 'data:text/html,hi' } })).not.toHaveProperty('finalUrl');
  });

  it('bounds the provider’s verdict text', () => {
    expect(verdictOf({ final_verdict: 'x'.repeat(500), risk_score: 0.1 }).providerVerdict).toHaveLength(80);
  });
});
