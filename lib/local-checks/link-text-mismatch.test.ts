import { describe, expect, it } from 'vitest';
import { hostShownIn, linkTextMismatchReason } from './link-text-mismatch';

describe('hostShownIn', () => {
  it.each([
    ['www.paypal.com', 'www.paypal.com'],
    ['https://www.chase.com/login', 'www.chase.com'],
    ['Go to PayPal.com.', 'paypal.com'],
    ['Track it at dhl.de', 'dhl.de'],
    ['(see example.org)', 'example.org'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['www.report.pdf', 'www.report.pdf'],
  ])('%s shows %s', (text, host) => {
    expect(hostShownIn(text)).toBe(host);
  });

  it.each(['Click here', 'Sign in to PayPal', 'report.pdf', 'index.html', 'write to support@paypal.com', ''])(
    '%s shows no host',
    (text) => {
      expect(hostShownIn(text)).toBeUndefined();
    },
  );
});

describe('linkTextMismatchReason', () => {
  const target = (url: string) => new URL(url);

  it('flags text naming another site', () => {
    expect(linkTextMismatchReason('www.paypal.com', target('https://evil.example/'))).toBe(
      'The link text shows www.paypal.com but the link goes to evil.example.',
    );
    expect(linkTextMismatchReason('paypal.com', target('http://198.51.100.7/'))).toBe(
      'The link text shows paypal.com but the link goes to 198.51.100.7.',
    );
  });

  it.each([
    ['paypal.com', 'https://www.paypal.com/signin'], // same registrable domain
    ['www.bbc.co.uk', 'https://news.bbc.co.uk/'],
    ['apple.com/icloud', 'https://www.icloud.com/'], // one brand's two domains
    ['Click here', 'https://evil.example/'], // no domain shown
  ])('accepts %s → %s', (text, url) => {
    expect(linkTextMismatchReason(text, target(url))).toBeUndefined();
  });
});
