import { describe, expect, it } from 'vitest';
import { googleRedirect, safeLinks, urlDefenseV2 } from '../../test/fixtures/wrapped-links';
import { unwrapLink } from './link-wrappers';

describe('unwrapLink', () => {
  it.each([
    [safeLinks('https://www.example.com/a?b=1&c=2'), 'https://www.example.com/a?b=1&c=2'],
    [
      'https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fexample.gov%2F&data=x',
      'https://example.gov/',
    ],
    [urlDefenseV2('https://www.example.com/a-b_c?d=e&f=g'), 'https://www.example.com/a-b_c?d=e&f=g'],
    [
      'https://urldefense.proofpoint.com/v2/url?u=http-3A__www.example.org_url&d=DwMFAg&c=a&r=b&m=c&s=d&e=',
      'http://www.example.org/url',
    ],
    [
      'https://urldefense.proofpoint.com/v1/url?u=http://www.example.com/a?b%3D1%26amp%3Bc%3D2&k=x',
      'http://www.example.com/a?b=1&c=2',
    ],
    [
      'https://urldefense.com/v3/__https://www.example.com/p?q=1*x__;Iw!!AbC!dEf$',
      'https://www.example.com/p?q=1#x',
    ],
    // A run of replaced characters: "**A" stands for the next two.
    [
      'https://urldefense.com/v3/__https://www.example.com/**A__;w7zDvA!!AbC!dEf$',
      'https://www.example.com/üü',
    ],
    ['https://urldefense.com/v3/__https://www.example.com/__;!!AbC!dEf$', 'https://www.example.com/'],
    [googleRedirect('https://www.example.com/x'), 'https://www.example.com/x'],
    ['https://www.google.co.uk/url?q=https://www.example.com/&sa=D', 'https://www.example.com/'],
    // Wrappers inside wrappers, peeled one by one.
    [safeLinks(urlDefenseV2(googleRedirect('https://www.example.com/deep'))), 'https://www.example.com/deep'],
  ])('unwraps %s', (wrapped, target) => {
    expect(unwrapLink(wrapped)).toBe(target);
  });

  it.each([
    'https://www.example.com/url?q=https://evil.example/',
    'https://google.evil.example/url?q=https://evil.example/',
    'https://www.google.com/search?q=https://evil.example/',
    // Only into http(s): a wrapper around javascript: or a bare word stays as it is.
    safeLinks('javascript:alert(1)'),
    'https://www.google.com/url?q=not-a-url',
    // A v3 link whose replacement characters run out is not guessed at.
    'https://urldefense.com/v3/__https://www.example.com/**Z__;Iw!!AbC$',
    'not a url',
  ])('leaves %s alone', (url) => {
    expect(unwrapLink(url)).toBe(url);
  });

  it('stops after a bounded number of layers', () => {
    let url = 'https://www.example.com/';
    for (let i = 0; i < 8; i++) url = safeLinks(url);
    const unwrapped = unwrapLink(url);
    expect(unwrapped).toContain('safelinks.protection.outlook.com');
    expect(unwrapLink(unwrapped)).toBe('https://www.example.com/');
  });
});
