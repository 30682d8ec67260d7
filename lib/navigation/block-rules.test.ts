import { describe, expect, it } from 'vitest';
import type { VerdictRow } from '../db/rows';
import {
  allowRules,
  blockedUrlOf,
  blockRules,
  checkPagePath,
  MAX_BLOCKED_URLS,
  urlsToBlock,
} from './block-rules';

const malicious = (url: string, checkedAt = 0): VerdictRow => ({
  url,
  kind: 'malicious',
  reasons: [],
  categories: [],
  checkedAt,
});

describe('navigation block rules', () => {
  it('send exactly the malicious URL, with or without a fragment, to the warning page', () => {
    const rules = blockRules(['https://evil.example/login?a=1'], []);
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
    const many = Array.from({ length: MAX_BLOCKED_URLS + 10 }, (_, i) => `https://e${i}.example/`);
    expect(blockRules(many, [])).toHaveLength(2 * MAX_BLOCKED_URLS);
    expect(blockRules(['https://bank.example/'], ['bank.example'])).toEqual([]);
  });

  it('allow rules outrank block rules for the same URL', () => {
    const [block] = blockRules(['https://evil.example/'], []);
    const [allow] = allowRules('https://evil.example/', 7);
    expect(allow?.priority).toBeGreaterThan(block?.priority ?? 0);
    expect(allow?.condition.urlFilter).toBe(block?.condition.urlFilter);
    expect(allow?.id).toBe(7);
  });

  it('leave out URLs the filter syntax would read as wildcards', () => {
    expect(blockRules(['https://evil.example/a*b', 'https://evil.example/a^b'], [])).toEqual([]);
  });

  it('can be read back: which URL each rule stops', () => {
    const [rule] = blockRules(['https://evil.example/x?y=1&z'], []);
    expect(rule && blockedUrlOf(rule)).toBe('https://evil.example/x?y=1&z');
    expect(blockedUrlOf({ action: {} })).toBeUndefined();
  });

  it('keep stopping a URL while its rescan runs, fails or cannot judge; lift it on a safe verdict', () => {
    const verdict = (url: string, kind: VerdictRow['kind']): VerdictRow => ({ ...malicious(url), kind });
    const previous = [
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
      'https://d.example/',
      'https://gone.example/',
    ];
    const current = [
      verdict('https://a.example/', 'pending'),
      verdict('https://b.example/', 'error'),
      verdict('https://c.example/', 'unknown'),
      verdict('https://d.example/', 'safe'),
    ];
    expect(urlsToBlock([malicious('https://new.example/')], previous, current).sort()).toEqual([
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
      'https://new.example/',
    ]);
  });

  it('names the URL on the checking page as a query parameter', () => {
    expect(
      new URL(checkPagePath({ holding: 'https://a.example/?x=1&y' }), 'x:/').searchParams.get('holding'),
    ).toBe('https://a.example/?x=1&y');
  });
});
