import { describe, expect, it } from 'vitest';
import { isBrandHomeSuffix, registrableDomain, splitHost } from './registrable-domain';

describe('splitHost', () => {
  it.each([
    ['www.paypal.com', 'paypal.com', 'com', ['www']],
    ['paypal.com', 'paypal.com', 'com', []],
    ['a.b.example.co.uk', 'example.co.uk', 'co.uk', ['a', 'b']],
    ['www.amazon.com.au', 'amazon.com.au', 'com.au', ['www']],
    ['paypal-login.github.io', 'paypal-login.github.io', 'github.io', []],
    ['bucket.s3.amazonaws.com', 'bucket.s3.amazonaws.com', 's3.amazonaws.com', []],
    ['s3.amazonaws.com', 's3.amazonaws.com', 's3.amazonaws.com', []],
    ['paypal.com.secure-login.example', 'secure-login.example', 'example', ['paypal', 'com']],
    ['localhost', 'localhost', 'localhost', []],
  ])('%s → %s', (hostname, registrable, suffix, subdomainLabels) => {
    expect(splitHost(hostname)).toEqual({ registrable, suffix, subdomainLabels });
  });

  it('gives the registrable domain alone', () => {
    expect(registrableDomain('mail.google.co.jp')).toBe('google.co.jp');
  });
});

describe('isBrandHomeSuffix', () => {
  it.each(['com', 'net', 'org', 'de', 'co.uk', 'com.au'])('%s can hold a brand’s own site', (suffix) => {
    expect(isBrandHomeSuffix(suffix)).toBe(true);
  });

  it.each(['support', 'xyz', 'github.io', 'web.app'])('%s is not where brands live', (suffix) => {
    expect(isBrandHomeSuffix(suffix)).toBe(false);
  });
});
