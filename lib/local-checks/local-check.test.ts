import { describe, expect, it } from 'vitest';
import { LOCAL_CHECK_CASES } from '../../test/fixtures/local-check-cases';
import { checkLocally } from './local-check';
import { formatSummary, summariseOutcomes } from './summarise-outcomes';

describe('checkLocally on the case table', () => {
  it.each(LOCAL_CHECK_CASES)('$truth $url ($linkText) → $expected', ({ url, linkText, expected }) => {
    const result = checkLocally(linkText === undefined ? { url } : { url, linkText });
    expect(result.suspicious ? 'suspicious' : 'no-finding', result.reasons.join(' | ')).toBe(expected);
    // A finding always comes with words for a person, and no finding comes with none.
    expect(result.reasons.length > 0).toBe(result.suspicious);
  });

  it('has at least 50 phishing rows and 50 legitimate twins, and reports the rates', () => {
    const outcomes = LOCAL_CHECK_CASES.map(({ url, linkText, truth }) => ({
      truth,
      suspicious: checkLocally(linkText === undefined ? { url } : { url, linkText }).suspicious,
    }));
    const summary = summariseOutcomes(outcomes);
    console.info(`local checks on ${LOCAL_CHECK_CASES.length} URLs: ${formatSummary(summary)}`);
    expect(summary.phishing).toBeGreaterThanOrEqual(50);
    expect(summary.legitimate).toBeGreaterThanOrEqual(50);
    expect(summary.detectionRate).toBeGreaterThanOrEqual(0.9);
    expect(summary.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});

describe('checkLocally', () => {
  it('returns the unwrapped, normalised target', () => {
    const result = checkLocally({
      url: 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2FExample.com%2Fa%23frag&data=x',
    });
    expect(result.target).toBe('https://example.com/a');
  });

  it('names the look-alike in words', () => {
    expect(checkLocally({ url: 'https://pаypal.com/' }).reasons).toEqual([
      'The address uses Cyrillic letters that look like “paypal.com”.',
    ]);
    expect(checkLocally({ url: 'https://evil.example/', linkText: 'paypal.com' }).reasons).toEqual([
      'The link text shows paypal.com but the link goes to evil.example.',
    ]);
  });

  it('has no finding, and no verdict, for what is not a web address', () => {
    expect(checkLocally({ url: 'mailto:someone@paypal.com' })).toEqual({
      suspicious: false,
      reasons: [],
      target: 'mailto:someone@paypal.com',
    });
    expect(checkLocally({ url: 'not a url' }).suspicious).toBe(false);
  });
});
