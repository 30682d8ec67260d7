import { describe, expect, it } from 'vitest';
import type { VerdictRow } from '../db/rows';
import { allowRules, blockRules, checkPagePath, MAX_BLOCKED_URLS } from './block-rules';

const malicious = (url: string, checkedAt = 0): VerdictRow => ({
  url,
  kind: 'malicious',
  reasons: [],
  categories: [],
  checkedAt,
});

describe('navigation block rules', () => {
  it('send exactly the malicious URL, with or without a fragment, to the warning page', () => {
    const rules = blockRules([malicious('https://evil.example/login?a=1')], []);
    expect(rules.map((r) => r.condition.urlFilter)).toEqual([
      '|https://evil.example/login?a=1|',
      '|https://evil.example/login?a=1#',
    ]);
    expect(rules[0]?.action).toEqual({
      type: 'redirect',
      redirect: { extensionPath: '/check.html?blocked=https%3A%2F%2Fevil.example%2Flogin%3Fa%3D1' },
    });
    expect(new Set(rules.map((r) => r.id)).size).toBe(2);
  });

  it('leave out trusted sites and keep within the browser’s rule limit', () => {
    const many = Array.from({ length: MAX_BLOCKED_URLS + 10 }, (_, i) => malicious(`https://e${i}.example/`));
    expect(blockRules(many, [])).toHaveLength(2 * MAX_BLOCKED_URLS);
    expect(blockRules([malicious('https://a.bank.example/')], ['bank.example'])).toEqual([]);
  });

  it('allow rules outrank block rules for the same URL', () => {
    const [block] = blockRules([malicious('https://evil.example/')], []);
    const [allow] = allowRules('https://evil.example/', 7);
    expect(allow?.priority).toBeGreaterThan(block?.priority ?? 0);
    expect(allow?.condition.urlFilter).toBe(block?.condition.urlFilter);
    expect(allow?.id).toBe(7);
  });

  it('names the URL on the checking page as a query parameter', () => {
    expect(
      new URL(checkPagePath({ holding: 'https://a.example/?x=1&y' }), 'x:/').searchParams.get('holding'),
    ).toBe('https://a.example/?x=1&y');
  });
});
