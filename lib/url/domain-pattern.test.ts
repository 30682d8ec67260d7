import { describe, expect, it } from 'vitest';
import {
  type DomainPatternResult,
  hostMatchesAny,
  hostMatchesPattern,
  parseDomainPattern,
} from './domain-pattern';

const ok = (pattern: string): DomainPatternResult => ({ ok: true, pattern });
const rejected = (message: string): DomainPatternResult => ({ ok: false, message });

const NOT_JUST_DOMAIN = 'Enter just the domain, such as example.com, without https://, a path or a login.';
const INVALID = 'This is not a valid domain.';
const PORT = 'Leave out the port number.';
const MISPLACED_WILDCARD = 'A * is only allowed at the start, as in *.example.com.';
const SINGLE_LABEL = 'Enter a full domain such as example.com (or *.test to cover a whole top-level domain).';
const EMPTY = 'Enter a domain, such as example.com.';

describe('parseDomainPattern', () => {
  it.each<[text: string, expected: DomainPatternResult]>([
    ['example.com', ok('example.com')],
    ['  Example.COM  ', ok('example.com')],
    ['example.com.', ok('example.com')],
    ['sub.domain.example.co.uk', ok('sub.domain.example.co.uk')],
    ['a_b.example', ok('a_b.example')],
    ['*.example.com', ok('*.example.com')],
    ['*.Example.com', ok('*.example.com')],
    ['bücher.example', ok('xn--bcher-kva.example')],
    ['*.BÜCHER.example', ok('*.xn--bcher-kva.example')],
    ['xn--bcher-kva.example', ok('xn--bcher-kva.example')],
    ['*.test', ok('*.test')],
    ['*.com', ok('*.com')],
    // IP addresses are exact patterns, in the parser's canonical spelling.
    ['127.0.0.1', ok('127.0.0.1')],
    ['127.1', ok('127.0.0.1')],
    ['2606:4700:4700::1111', ok('[2606:4700:4700::1111]')],
    ['[2606:4700:4700:0::1111]', ok('[2606:4700:4700::1111]')],
    ['[::1]', ok('[::1]')],
    ['', rejected(EMPTY)],
    ['   ', rejected(EMPTY)],
    ['*.', rejected(EMPTY)],
    ['exa mple.com', rejected('A domain cannot contain spaces.')],
    ['https://x.com/a', rejected(NOT_JUST_DOMAIN)],
    ['x.com/a', rejected(NOT_JUST_DOMAIN)],
    ['x.com\\a', rejected(NOT_JUST_DOMAIN)],
    ['user@x.com', rejected(NOT_JUST_DOMAIN)],
    ['x.com?q', rejected(NOT_JUST_DOMAIN)],
    ['x.com#f', rejected(NOT_JUST_DOMAIN)],
    ['example.com:8080', rejected(PORT)],
    ['example.com:443', rejected(PORT)],
    ['[::1]:80', rejected(PORT)],
    ['com', rejected(SINGLE_LABEL)],
    ['localhost', rejected(SINGLE_LABEL)],
    ['*', rejected(MISPLACED_WILDCARD)],
    ['a.*.example', rejected(MISPLACED_WILDCARD)],
    ['*.*.example', rejected(MISPLACED_WILDCARD)],
    ['ex*ample.com', rejected(MISPLACED_WILDCARD)],
    ['*.127.0.0.1', rejected('IP addresses cannot have a *. wildcard.')],
    ['*.[::1]', rejected('IP addresses cannot have a *. wildcard.')],
    ['a..b.example', rejected(INVALID)],
    ['.example.com', rejected(INVALID)],
    ['exa!mple.com', rejected(INVALID)],
    ['a<b.example', rejected(INVALID)],
    ['%zz.example', rejected(INVALID)],
    ['999.1.1.1', rejected(INVALID)],
    [`${'x'.repeat(64)}.example`, rejected(INVALID)],
    [`${'abcdefghi.'.repeat(25)}example`, rejected(INVALID)],
  ])('%j → %j', (text, expected) => {
    expect(parseDomainPattern(text)).toEqual(expected);
  });
});

describe('hostMatchesPattern', () => {
  it.each<[host: string, pattern: string, expected: boolean]>([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
    ['example.com.evil.example', 'example.com', false],
    ['example.co', 'example.com', false],
    ['com', 'example.com', false],
    ['example.com', '*.example.com', false],
    ['a.example.com', '*.example.com', true],
    ['a.b.example.com', '*.example.com', true],
    ['xexample.com', '*.example.com', false],
    // Case, root dots and IDN spellings do not matter on either side.
    ['WWW.EXAMPLE.COM', 'example.com', true],
    ['www.example.com', 'EXAMPLE.com', true],
    ['www.example.com.', 'example.com', true],
    ['www.example.com', 'example.com.', true],
    ['xn--bcher-kva.example', 'bücher.example', true],
    ['shop.xn--bcher-kva.example', '*.BÜCHER.example', true],
    ['bücher.example', 'xn--bcher-kva.example', true],
    ['xn--bcher-kva.example', 'bucher.example', false],
    ['a.test', '*.test', true],
    ['test', '*.test', false],
    ['example.com', '*.com', true],
    // IP patterns match the address itself only.
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '127.1', true],
    ['127.0.0.2', '127.0.0.1', false],
    ['[2606:4700:4700::1111]', '2606:4700:4700::1111', true],
    ['[2606:4700:4700::1112]', '2606:4700:4700::1111', false],
    // Invalid patterns match nothing rather than everything.
    ['example.com', 'https://example.com/', false],
    ['example.com', '', false],
    ['example.com', '*', false],
    ['example.com', 'com', false],
  ])('%j with %j → %s', (host, pattern, expected) => {
    expect(hostMatchesPattern(host, pattern)).toBe(expected);
  });
});

describe('hostMatchesAny', () => {
  it.each<[host: string, patterns: string[], expected: boolean]>([
    ['a.example.com', [], false],
    ['a.example.com', ['other.example', 'example.com'], true],
    ['a.example.com', ['bad pattern', '*.example.com'], true],
    ['example.org', ['example.com', '*.org'], true],
    ['example.org', ['example.com', 'org'], false],
  ])('%j with %j → %s', (host, patterns, expected) => {
    expect(hostMatchesAny(host, patterns)).toBe(expected);
  });

  it('still matches correctly after more distinct patterns than the cache holds', () => {
    const patterns = Array.from({ length: 3000 }, (_, i) => `site${i}.example`);
    expect(hostMatchesAny('www.site2999.example', patterns)).toBe(true);
    expect(hostMatchesAny('www.site3000.example', patterns)).toBe(false);
    expect(hostMatchesPattern('a.site0.example', 'site0.example')).toBe(true);
  });
});
