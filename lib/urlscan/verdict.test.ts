import { describe, expect, it } from 'vitest';
import { urlscanFixture } from '../../test/fixtures/urlscan/load';
import { resultSchema } from './schemas';
import { riskFromScore, verdictFromResult } from './verdict';

type Overall = Record<string, unknown> | undefined;

/** A finished result for a page that loaded, with the given overall verdict (and no request data). */
function resultWith(overall: Overall, page: Record<string, unknown> = {}, urlscan: Overall = undefined) {
  return resultSchema.parse({
    task: { uuid: 'u-1', url: 'https://a.example/', time: '2026-03-02T10:00:00Z' },
    page: { url: 'https://a.example/', status: '200', ...page },
    verdicts: { ...(overall ? { overall } : {}), ...(urlscan ? { urlscan } : {}) },
  });
}
const clean = { score: 0, malicious: false, categories: [], brands: [], tags: [] };

describe('urlscan.io verdict', () => {
  it('reads the documented phishing result: malicious, brand by name, chain, final URL, risk', () => {
    const verdict = verdictFromResult(resultSchema.parse(urlscanFixture('result-phishing')));
    expect(verdict).toEqual({
      kind: 'malicious',
      reasons: [
        'urlscan.io flagged this page as malicious.',
        'It imitates PayPal (brand).',
        'Categories: phishing.',
      ],
      categories: ['phishing'],
      finalUrl: 'https://secure-paypa1-verify.example/signin/?session=8f2c',
      riskScore: 1,
      redirectChain: [
        'https://bit-link.example/x7Qa',
        'https://redirect-hop.example/r?id=x7Qa',
        'https://secure-paypa1-verify.example/signin/?session=8f2c',
      ],
    });
  });

  it.each([
    ['malicious from overall', { ...clean, malicious: true, score: 100 }, 'malicious'],
    ['malicious even with a failed page', { ...clean, malicious: true }, 'malicious'],
    ['a positive score without the verdict', { ...clean, score: 50 }, 'suspicious'],
    ['the lowest suspicious score', { ...clean, score: 1 }, 'suspicious'],
    ['a brand without the verdict', { ...clean, brands: ['dhl'] }, 'suspicious'],
    ['a category without the verdict', { ...clean, categories: ['phishing'] }, 'suspicious'],
    ['nothing found', clean, 'safe'],
    ['a legitimate score', { ...clean, score: -80 }, 'safe'],
    ['an empty verdict block', {}, 'safe'],
  ] as const)('%s → %s', (_name, overall, kind) => {
    expect(verdictFromResult(resultWith(overall)).kind).toBe(kind);
  });

  it('explains a score in words and maps only its malicious half to risk', () => {
    const verdict = verdictFromResult(resultWith({ ...clean, score: 50, brands: ['dhl'] }));
    expect(verdict.reasons).toEqual([
      'urlscan.io gave it a threat score of 50 out of 100, without calling it malicious.',
      'It imitates dhl (brand).',
    ]);
    expect(verdict.riskScore).toBe(0.5);
    expect([riskFromScore(-100), riskFromScore(0), riskFromScore(100), riskFromScore(250)]).toEqual([
      0, 0, 1, 1,
    ]);
  });

  it('takes urlscan.io’s own verdict when the overall one is missing', () => {
    const own = { ...clean, malicious: true, brands: [{ key: 'paypal', name: 'PayPal' }] };
    const verdict = verdictFromResult(resultWith(undefined, {}, own));
    expect(verdict.kind).toBe('malicious');
    expect(verdict.reasons).toContain('It imitates PayPal (brand).');
  });

  it.each([
    [
      'no final URL',
      { url: undefined },
      'urlscan.io could not load the page, so there was nothing to judge.',
    ],
    ['status 0', { status: '0' }, 'The page gave no answer, so there was nothing to judge.'],
    ['an HTTP error', { status: 404 }, 'The page answered HTTP 404, so there was nothing to judge.'],
  ])('a page that did not load is unknown, never safe: %s', (_name, page, reason) => {
    const verdict = verdictFromResult(resultWith(clean, page));
    expect(verdict.kind).toBe('unknown');
    expect(verdict.reasons).toEqual([reason]);
  });

  it('is unknown when the result carries no verdict at all', () => {
    const result = resultSchema.parse({
      task: { uuid: 'u', url: 'https://a.example/', time: 't' },
      page: { url: 'https://a.example/' },
    });
    expect(verdictFromResult(result)).toMatchObject({
      kind: 'unknown',
      reasons: ['urlscan.io gave no verdict for this scan.'],
    });
  });

  it('shows a redirect from the submitted to the final URL when there is no request data', () => {
    const moved = verdictFromResult(resultWith(clean, { url: 'https://b.example/welcome' }));
    expect(moved.redirectChain).toEqual(['https://a.example/', 'https://b.example/welcome']);
    expect(verdictFromResult(resultWith(clean, { url: 'https://A.example' })).redirectChain).toBeUndefined();
  });
});
