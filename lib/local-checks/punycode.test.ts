import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePunycode, toUnicodeHostname } from './punycode';

describe('decodePunycode', () => {
  it.each([
    ['mnchen-3ya', 'münchen'],
    ['r8jz45g', '例え'],
    ['80aealotwbjpid2k', 'правительство'],
    ['p1ai', 'рф'],
    ['pypal-4ve', 'pаypal'],
    ['80ak6aa92e', 'аррӏе'],
    // RFC 3492 section 7.1 sample (A) Arabic (Egyptian).
    [
      'egbpdaj6bu4bxfgehfvwxn',
      '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
    ],
  ])('decodes %s', (encoded, expected) => {
    expect(decodePunycode(encoded)).toBe(expected);
  });

  it.each(['zz', 'zzzzzzzzzzzzzzzzzzzz', 'ab-!', 'ü-abc'])('rejects malformed input %s', (encoded) => {
    expect(decodePunycode(encoded)).toBeUndefined();
  });
});

describe('toUnicodeHostname', () => {
  it.each([
    'xn--mnchen-3ya.de',
    'xn--r8jz45g.jp',
    'xn--80aealotwbjpid2k.xn--p1ai',
    'www.xn--pypal-4ve.com',
    'plain.example.com',
  ])('agrees with node:url for %s', (hostname) => {
    expect(toUnicodeHostname(hostname)).toBe(domainToUnicode(hostname));
  });

  it('keeps a label that does not decode', () => {
    expect(toUnicodeHostname('xn--zzzzzzzzzzzzzzzzzz.example')).toBe('xn--zzzzzzzzzzzzzzzzzz.example');
  });
});
