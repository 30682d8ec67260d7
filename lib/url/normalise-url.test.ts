import { describe, expect, it } from 'vitest';
import { googleRedirect, safeLinks, urlDefenseV2 } from '../../test/fixtures/wrapped-links';
import { normaliseUrl } from './normalise-url';

type Row = [raw: string, expected: string | undefined];
type BaseRow = [raw: string, base: string | undefined, expected: string | undefined];

describe('normaliseUrl', () => {
  it.each<Row>([
    // The fragment is dropped; the query is kept exactly as written.
    ['https://a.example/page#section', 'https://a.example/page'],
    ['https://a.example/#', 'https://a.example/'],
    ['https://a.example/p?q=1#frag', 'https://a.example/p?q=1'],
    ['https://a.example/p#a#b', 'https://a.example/p'],
    ['https://a.example/p#?q=1', 'https://a.example/p'],
    ['https://a.example/p?b=2&a=1', 'https://a.example/p?b=2&a=1'],
    ['https://a.example/p?', 'https://a.example/p?'],
    ['https://a.example/p?Q=Upper%20Case&utm_source=x', 'https://a.example/p?Q=Upper%20Case&utm_source=x'],
    ['https://a.example/?q=a b', 'https://a.example/?q=a%20b'],
    // Scheme and host are lower-cased; the path and query keep their case.
    ['HTTPS://A.EXAMPLE/Path', 'https://a.example/Path'],
    ['https://WWW.Example.COM/', 'https://www.example.com/'],
    ['https://a.example/PATH?Q=V', 'https://a.example/PATH?Q=V'],
    // IDN hosts become punycode; full-width letters and soft hyphens are mapped away by UTS #46.
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://BÜCHER.example/', 'https://xn--bcher-kva.example/'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
    ['https://例え.テスト/', 'https://xn--r8jz45g.xn--zckzah/'],
    ['https://ｅｘａｍｐｌｅ.com/', 'https://example.com/'],
    ['https://exa\u00ADmple.com/', 'https://example.com/'],
    ['https://a.example/ü', 'https://a.example/%C3%BC'],
    ['https://xn--zz.example/', undefined],
    // The root dot goes, however it was written.
    ['https://example.com./', 'https://example.com/'],
    ['https://EXAMPLE.com.:443/a', 'https://example.com/a'],
    ['https://example.com../', 'https://example.com/'],
    ['https://example.com%2e/', 'https://example.com/'],
    ['https://a.example\u3002/', 'https://a.example/'],
    ['http://127.0.0.1./', 'http://127.0.0.1/'],
    ['https://./', undefined],
    ['https://../', undefined],
    // Default ports go, other ports stay.
    ['https://a.example:443/', 'https://a.example/'],
    ['http://a.example:80/', 'http://a.example/'],
    ['https://a.example:0443/', 'https://a.example/'],
    ['https://a.example:/', 'https://a.example/'],
    ['https://a.example:80/', 'https://a.example:80/'],
    ['http://a.example:443/', 'http://a.example:443/'],
    ['https://a.example:8443/x', 'https://a.example:8443/x'],
    ['https://a.example:65536/', undefined],
    ['https://a.example:-1/', undefined],
    // The path is kept, except that the parser resolves dot segments and encodes what it must.
    ['https://a.example', 'https://a.example/'],
    ['https://a.example/a//b/', 'https://a.example/a//b/'],
    ['https://a.example/a/./b/../c', 'https://a.example/a/c'],
    ['https://a.example/%7Euser', 'https://a.example/%7Euser'],
    ['https://a.example/~user', 'https://a.example/~user'],
    ['https://a.example/<b>', 'https://a.example/%3Cb%3E'],
    // IP literals come out in one canonical spelling.
    ['http://2130706433/', 'http://127.0.0.1/'],
    ['http://0177.0.0.1/', 'http://127.0.0.1/'],
    ['http://0x7f.1/', 'http://127.0.0.1/'],
    ['http://127.1/', 'http://127.0.0.1/'],
    ['http://0/', 'http://0.0.0.0/'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', 'http://[::ffff:7f00:1]/'],
    ['http://[::FFFF:127.0.0.1]/', 'http://[::ffff:7f00:1]/'],
    ['http://[2001:DB8:0:0:0:0:0:1]/', 'http://[2001:db8::1]/'],
    ['http://[fe80::1%25eth0]/', undefined],
    ['http://1.2.3.09/', undefined],
    ['http://999.1.1.1/', undefined],
    ['http://1.2.3.4.5/', undefined],
    // Broken percent-encoding is kept in paths and queries, and refused in hosts.
    ['https://a.example/%zz%', 'https://a.example/%zz%'],
    ['https://a.example/%E0%A4%A', 'https://a.example/%E0%A4%A'],
    ['https://a.example/?q=%', 'https://a.example/?q=%'],
    ['https://%zz.example/', undefined],
    ['https://a.example/\uD800', 'https://a.example/%EF%BF%BD'],
    // Not URLs at all.
    ['', undefined],
    ['not a url', undefined],
    ['a.example/path', undefined],
    ['https://', undefined],
    ['http://a b.example/', undefined],
    ['https://exa\u0000mple.com/', undefined],
    // Leading/trailing C0 controls and spaces are stripped; tabs and newlines vanish anywhere.
    ['  https://a.example/  ', 'https://a.example/'],
    ['\t\nhttps://a.example/\r\n', 'https://a.example/'],
    ['\u0000\u001fhttps://a.example/\u0000', 'https://a.example/'],
    ['ht\ttps://exa\nmple.com/pa\rth', 'https://example.com/path'],
    ['\u00a0https://a.example/', undefined],
    // The normaliser does not judge schemes; eligibility does.
    ['javascript:alert(1)#x', 'javascript:alert(1)'],
    ['mailto:Someone@Example.com', 'mailto:Someone@Example.com'],
    ['ftp://a.example:21/', 'ftp://a.example/'],
    ['ws://a.example:80/', 'ws://a.example/'],
    ['file:///etc/passwd', 'file:///etc/passwd'],
    ['https://User:Pass@a.example/', 'https://User:Pass@a.example/'],
    ['https://@a.example/', 'https://a.example/'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it.each<BaseRow>([
    ['/a?b#c', 'https://page.example/dir/x', 'https://page.example/a?b'],
    ['next', 'https://page.example/dir/x', 'https://page.example/dir/next'],
    ['../up', 'https://page.example/a/b/c', 'https://page.example/a/up'],
    ['//cdn.example/lib.js', 'https://page.example/', 'https://cdn.example/lib.js'],
    ['?q=2', 'https://page.example/p?q=1#f', 'https://page.example/p?q=2'],
    ['#top', 'https://page.example/p?q=1', 'https://page.example/p?q=1'],
    ['', 'https://page.example/p#f', 'https://page.example/p'],
    ['https://other.example/', 'https://page.example/', 'https://other.example/'],
    ['\\\\evil.example\\a', 'https://page.example/', 'https://evil.example/a'],
    // A scheme-relative-looking link: same scheme is relative, another scheme is absolute.
    ['https:path', 'https://page.example/dir/', 'https://page.example/dir/path'],
    ['http:a.example', 'https://page.example/', 'http://a.example/'],
    // <base href="https://cdn.site.example/docs/"> as document.baseURI hands it over.
    ['guide.html', 'https://cdn.site.example/docs/', 'https://cdn.site.example/docs/guide.html'],
    ['guide.html', 'https://site.example/docs', 'https://site.example/guide.html'],
    // An NBSP is not whitespace to the parser: with a base it becomes part of a relative path.
    ['\u00a0https://a.example/', 'https://page.example/', 'https://page.example/%C2%A0https://a.example/'],
    ['/a', undefined, undefined],
    ['/a', 'not a url', undefined],
    // A page's broken base does not hide an absolute link.
    ['https://a.example/', 'not a url', 'https://a.example/'],
  ])('%j against %j → %j', (raw, base, expected) => {
    expect(normaliseUrl(raw, base)).toBe(expected);
  });

  it('keeps a 10,000-character path intact', () => {
    const path = `/${'a'.repeat(10_000)}`;
    expect(normaliseUrl(`https://a.example${path}#f`)).toBe(`https://a.example${path}`);
  });

  it('accepts a 10,000-character host, which WHATWG does not length-check', () => {
    const host = `${'a'.repeat(10_000)}.example`;
    expect(normaliseUrl(`https://${host}/`)).toBe(`https://${host}/`);
  });

  it('returns undefined for a 100,000-character non-URL', () => {
    expect(normaliseUrl('%'.repeat(100_000))).toBeUndefined();
  });
});

describe('wrapped links', () => {
  it('normalise to the address they wrap, so the destination is what is looked up and scanned', () => {
    const target = 'https://login-phish.example/account?id=7';
    expect(normaliseUrl(safeLinks(target))).toBe(target);
    expect(normaliseUrl(urlDefenseV2(target))).toBe(target);
    expect(normaliseUrl(googleRedirect(`${target}#top`))).toBe(target);
    expect(normaliseUrl(safeLinks(googleRedirect(target)))).toBe(target);
  });

  it('stay themselves when what they wrap is not a web address', () => {
    const wrapper = safeLinks('javascript:alert(1)');
    expect(normaliseUrl(wrapper)).toBe(new URL(wrapper).href);
    expect(normaliseUrl('https://www.google.com/url?q=&sa=t')).toBe('https://www.google.com/url?q=&sa=t');
  });
});
