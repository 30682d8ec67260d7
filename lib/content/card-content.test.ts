import { describe, expect, it } from 'vitest';
import type { VerdictRow } from '../db/rows';
import { cardContent } from './card-content';

const verdict = (patch: Partial<VerdictRow>): VerdictRow => ({
  url: 'https://short.example/go',
  kind: 'malicious',
  reasons: ['Cloudflare flagged this page as malicious.', 'Categories: Phishing.'],
  categories: ['Phishing'],
  checkedAt: 1,
  ...patch,
});

describe('cardContent', () => {
  it('says nothing for a link that was never looked at', () => {
    expect(cardContent('https://short.example/go', {})).toBeUndefined();
  });

  it('names the verdict in words with its reasons, without repeating the categories', () => {
    expect(cardContent('https://short.example/go', { verdict: verdict({}) })).toEqual({
      kind: 'malicious',
      label: 'Scanlink verdict for https://short.example/go',
      headline: 'Malicious',
      reasons: ['Cloudflare flagged this page as malicious.', 'Categories: Phishing.'],
    });
  });

  it('adds categories the reasons do not name', () => {
    const content = cardContent('https://short.example/go', {
      verdict: verdict({
        kind: 'suspicious',
        reasons: ['Phishing signals: Login form.'],
        categories: ['Ads'],
      }),
    });
    expect(content?.reasons).toEqual(['Phishing signals: Login form.', 'Categories: Ads.']);
  });

  it('shows where a redirecting link ends up, and not when it ends where it started', () => {
    const redirected = verdict({ finalUrl: 'https://landing-phish.example/login' });
    expect(cardContent('https://short.example/go', { verdict: redirected })?.finalUrl).toBe(
      'https://landing-phish.example/login',
    );
    // The same page written differently (host case, default port) is not a redirect.
    const same = verdict({ finalUrl: 'https://SHORT.example:443/go' });
    expect(cardContent('https://short.example/go', { verdict: same })).not.toHaveProperty('finalUrl');
  });

  it('does not restate a safe or pending verdict in its reasons', () => {
    const safe = verdict({ kind: 'safe', reasons: ['No threats found.'], categories: [] });
    expect(cardContent('https://short.example/go', { verdict: safe })).toMatchObject({
      headline: 'No threats found',
      reasons: [],
    });
    const pending = verdict({ kind: 'pending', reasons: ['Scanning…'], categories: [] });
    expect(cardContent('https://short.example/go', { verdict: pending })?.reasons).toEqual([]);
  });

  it('keeps only image data URLs as the thumbnail', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(cardContent('https://short.example/go', { verdict: verdict({}), thumbnail: png })?.thumbnail).toBe(
      png,
    );
    const script = 'javascript:alert(1)';
    expect(
      cardContent('https://short.example/go', { verdict: verdict({}), thumbnail: script }),
    ).not.toHaveProperty('thumbnail');
  });
});
