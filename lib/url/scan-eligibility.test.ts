import { describe, expect, it } from 'vitest';
import {
  checkScanEligibility,
  type Eligibility,
  MAX_SCAN_URL_LENGTH,
  REFUSAL_MESSAGES,
  type ScanRefusal,
} from './scan-eligibility';

type RefusedRow = [raw: string, refusal: ScanRefusal];
type EligibleRow = [raw: string, url: string, host: string];

const refused = (refusal: ScanRefusal): Eligibility => ({
  eligible: false,
  refusal,
  message: REFUSAL_MESSAGES[refusal],
});
const eligible = (url: string, host: string): Eligibility => ({ eligible: true, url, host });

describe('checkScanEligibility refuses what must stay in the browser', () => {
  it.each<RefusedRow>([
    // Only http and https, whatever the spelling.
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    [' java\tscript:alert(1)', 'scheme'],
    ['data:text/html,<b>x</b>', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['about:blank', 'scheme'],
    ['blob:https://a.example/uuid', 'scheme'],
    ['ftp://a.example/', 'scheme'],
    ['ws://a.example/', 'scheme'],
    ['wss://a.example/', 'scheme'],
    ['chrome-extension://abcdefghijklmnop/page.html', 'scheme'],
    ['moz-extension://x/y', 'scheme'],
    ['mailto:a@b.example', 'scheme'],
    ['view-source:https://a.example/', 'scheme'],
    // Credentials would be handed to a third party.
    ['https://user@a.example/', 'credentials'],
    ['https://user:pass@a.example/', 'credentials'],
    ['https://:pass@a.example/', 'credentials'],
    ['https://user:@a.example/', 'credentials'],
    ['https://%40@a.example/', 'credentials'],
    ['https://a.example@evil.example/', 'credentials'],
    ['https://example.com:443@evil.example/', 'credentials'],
    // Loopback in every notation the parser understands.
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.0.0.1:8080/admin', 'loopback'],
    ['http://127.255.255.254/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://017700000001/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0x7f.0x0.0x0.0x1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://127.0.0.1./', 'loopback'],
    ['http://%31%32%37.0.0.1/', 'loopback'],
    ['http://１２７.０.０.１/', 'loopback'],
    ['http://localhost/', 'loopback'],
    ['http://LOCALHOST:3000/', 'loopback'],
    ['http://localhost./', 'loopback'],
    ['http://localhost%2e/', 'loopback'],
    ['http://app.localhost/', 'loopback'],
    ['http://ⓛocalhost/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://[::ffff:0:127.0.0.1]/', 'loopback'],
    ['http://[::127.0.0.1]/', 'loopback'],
    ['http://[64:ff9b::127.0.0.1]/', 'loopback'],
    ['http://[2002:7f00:1::]/', 'loopback'],
    // Private networks, their boundaries and their disguises.
    ['http://10.0.0.1/', 'private-address'],
    ['http://10.255.255.255/', 'private-address'],
    ['http://167772161/', 'private-address'],
    ['http://012.1/', 'private-address'],
    ['http://0xa.0.0.1/', 'private-address'],
    ['http://172.16.0.0/', 'private-address'],
    ['http://172.31.255.255/', 'private-address'],
    ['http://192.168.1.1/', 'private-address'],
    ['http://192.168.0.1:8443/', 'private-address'],
    ['http://0xc0a80101/', 'private-address'],
    ['http://100.64.0.1/', 'private-address'],
    ['http://100.127.255.255/', 'private-address'],
    ['http://[fc00::1]/', 'private-address'],
    ['http://[fd12:3456:789a::1]/', 'private-address'],
    ['http://[fec0::1]/', 'private-address'],
    ['http://[::ffff:10.0.0.1]/', 'private-address'],
    ['http://[::ffff:c0a8:101]/', 'private-address'],
    ['http://[64:ff9b::a00:1]/', 'private-address'],
    ['http://[64:ff9b:1::a00:1]/', 'private-address'],
    ['http://[2002:c0a8:101::1]/', 'private-address'],
    // Link-local, including the cloud metadata endpoint.
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://169.254.0.1/', 'link-local'],
    ['http://2852039166/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[febf:ffff::1]/', 'link-local'],
    ['http://[::ffff:169.254.169.254]/', 'link-local'],
    // Reserved and special-purpose ranges.
    ['http://0.0.0.0/', 'reserved-address'],
    ['http://0/', 'reserved-address'],
    ['http://0.1.2.3/', 'reserved-address'],
    ['http://192.0.0.8/', 'reserved-address'],
    ['http://192.0.2.1/', 'reserved-address'],
    ['http://198.18.0.1/', 'reserved-address'],
    ['http://198.19.255.255/', 'reserved-address'],
    ['http://198.51.100.7/', 'reserved-address'],
    ['http://203.0.113.9/', 'reserved-address'],
    ['http://224.0.0.1/', 'reserved-address'],
    ['http://239.255.255.250/', 'reserved-address'],
    ['http://240.0.0.1/', 'reserved-address'],
    ['http://255.255.255.255/', 'reserved-address'],
    ['http://4294967295/', 'reserved-address'],
    ['http://[::]/', 'reserved-address'],
    ['http://[::2]/', 'reserved-address'],
    ['http://[ff02::1]/', 'reserved-address'],
    ['http://[ff05::1:3]/', 'reserved-address'],
    ['http://[2001:db8::1]/', 'reserved-address'],
    ['http://[2001:DB8:0:0:8:800:200C:417A]/', 'reserved-address'],
    ['http://[3fff::1]/', 'reserved-address'],
    ['http://[2001:2::1]/', 'reserved-address'],
    ['http://[100::1]/', 'reserved-address'],
    ['http://[1::1]/', 'reserved-address'],
    ['http://[::ffff:0.0.0.0]/', 'reserved-address'],
    ['http://[::ffff:192.0.2.1]/', 'reserved-address'],
    ['http://[64:ff9b::203.0.113.1]/', 'reserved-address'],
    // Names that only mean something on the local network.
    ['http://intranet/', 'local-hostname'],
    ['http://router/admin', 'local-hostname'],
    ['http://router./', 'local-hostname'],
    ['http://intranet:8080/', 'local-hostname'],
    ['https://wiki.local/', 'local-hostname'],
    ['https://printer.LOCAL/', 'local-hostname'],
    ['https://app.internal/', 'local-hostname'],
    ['http://nas.lan/', 'local-hostname'],
    ['http://box.home.arpa/', 'local-hostname'],
    ['http://host.localdomain/', 'local-hostname'],
    ['https://git.corp/', 'local-hostname'],
    ['http://server.home/', 'local-hostname'],
    // Not URLs.
    ['', 'invalid-url'],
    ['   ', 'invalid-url'],
    ['not a url', 'invalid-url'],
    ['/relative/path', 'invalid-url'],
    ['https://', 'invalid-url'],
    ['http://[::1', 'invalid-url'],
    ['http://1.2.3.4.5/', 'invalid-url'],
    ['http://999.1.1.1/', 'invalid-url'],
    ['http://[fe80::1%25eth0]/', 'invalid-url'],
    ['https://%zz.example/', 'invalid-url'],
    ['http://./', 'invalid-url'],
  ])('%j → %s', (raw, refusal) => {
    expect(checkScanEligibility(raw, [])).toEqual(refused(refusal));
  });
});

describe('checkScanEligibility passes public web addresses on, normalised', () => {
  it.each<EligibleRow>([
    ['https://example.com/', 'https://example.com/', 'example.com'],
    ['https://a.example/page#x', 'https://a.example/page', 'a.example'],
    ['HTTPS://WWW.Example.COM:443/A?b=C#d', 'https://www.example.com/A?b=C', 'www.example.com'],
    ['  https://example.com./\n', 'https://example.com/', 'example.com'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['https://@a.example/', 'https://a.example/', 'a.example'],
    ['https://a.example/@user', 'https://a.example/@user', 'a.example'],
    [
      'https://a.example/?next=https://u:p@b.example',
      'https://a.example/?next=https://u:p@b.example',
      'a.example',
    ],
    ['https://a.example/%zz%', 'https://a.example/%zz%', 'a.example'],
    ['http://a.example:8080/', 'http://a.example:8080/', 'a.example'],
    // Public addresses, including the first ones past each private or reserved range.
    ['http://8.8.8.8/', 'http://8.8.8.8/', '8.8.8.8'],
    ['http://134744072/', 'http://8.8.8.8/', '8.8.8.8'],
    ['http://11.0.0.1/', 'http://11.0.0.1/', '11.0.0.1'],
    ['http://126.255.255.255/', 'http://126.255.255.255/', '126.255.255.255'],
    ['http://128.0.0.1/', 'http://128.0.0.1/', '128.0.0.1'],
    ['http://172.15.255.255/', 'http://172.15.255.255/', '172.15.255.255'],
    ['http://172.32.0.0/', 'http://172.32.0.0/', '172.32.0.0'],
    ['http://100.63.255.255/', 'http://100.63.255.255/', '100.63.255.255'],
    ['http://100.128.0.0/', 'http://100.128.0.0/', '100.128.0.0'],
    ['http://169.253.255.255/', 'http://169.253.255.255/', '169.253.255.255'],
    ['http://192.0.1.1/', 'http://192.0.1.1/', '192.0.1.1'],
    ['http://192.0.3.1/', 'http://192.0.3.1/', '192.0.3.1'],
    ['http://192.169.0.1/', 'http://192.169.0.1/', '192.169.0.1'],
    ['http://198.17.255.255/', 'http://198.17.255.255/', '198.17.255.255'],
    ['http://198.20.0.0/', 'http://198.20.0.0/', '198.20.0.0'],
    ['http://223.255.255.255/', 'http://223.255.255.255/', '223.255.255.255'],
    ['http://[2606:4700:4700::1111]/', 'http://[2606:4700:4700::1111]/', '[2606:4700:4700::1111]'],
    ['http://[::ffff:8.8.8.8]/', 'http://[::ffff:808:808]/', '[::ffff:808:808]'],
    ['http://[64:ff9b::8.8.8.8]/', 'http://[64:ff9b::808:808]/', '[64:ff9b::808:808]'],
    ['http://[2002:808:808::1]/', 'http://[2002:808:808::1]/', '[2002:808:808::1]'],
    // Lookalikes of local names are ordinary public names.
    ['https://localexample.com/', 'https://localexample.com/', 'localexample.com'],
    ['https://localhost.example/', 'https://localhost.example/', 'localhost.example'],
    ['https://internal.example.com/', 'https://internal.example.com/', 'internal.example.com'],
    ['https://my-lan.com/', 'https://my-lan.com/', 'my-lan.com'],
    ['https://home.example/', 'https://home.example/', 'home.example'],
  ])('%j → %j', (raw, url, host) => {
    expect(checkScanEligibility(raw, [])).toEqual({ eligible: true, url, host });
  });
});

describe('checkScanEligibility resolves links against the page base', () => {
  it.each<[raw: string, base: string | undefined, expected: Eligibility]>([
    ['/path', 'https://page.example/dir/x', eligible('https://page.example/path', 'page.example')],
    [
      'next.html',
      'https://page.example/dir/',
      eligible('https://page.example/dir/next.html', 'page.example'),
    ],
    ['//cdn.example/x', 'http://page.example/', eligible('http://cdn.example/x', 'cdn.example')],
    ['#top', 'https://page.example/a', eligible('https://page.example/a', 'page.example')],
    ['', 'https://page.example/p#f', eligible('https://page.example/p', 'page.example')],
    ['https://a.example/', 'garbage', eligible('https://a.example/', 'a.example')],
    [
      'guide.html',
      'https://cdn.site.example/docs/',
      eligible('https://cdn.site.example/docs/guide.html', 'cdn.site.example'),
    ],
    ['/admin', 'http://192.168.1.1/', refused('private-address')],
    ['/', 'http://localhost:3000/', refused('loopback')],
    ['/a', 'file:///C:/x/', refused('scheme')],
    ['javascript:void(0)', 'https://page.example/', refused('scheme')],
    ['/a', undefined, refused('invalid-url')],
  ])('%j against %j', (raw, base, expected) => {
    expect(checkScanEligibility(raw, [], base)).toEqual(expected);
  });
});

describe('checkScanEligibility honours the never-scan list', () => {
  const neverScan = [
    'example.com',
    '*.wild.example',
    'BÜCHER.example',
    'Bank.Example.ORG',
    '1.1.1.1',
    '2606:4700:4700::1111',
    'not a pattern!',
    '',
  ];

  it.each<[raw: string, expected: Eligibility]>([
    ['https://example.com/', refused('never-scan')],
    ['https://a.b.example.com/', refused('never-scan')],
    ['https://EXAMPLE.COM./x', refused('never-scan')],
    ['https://notexample.com/', eligible('https://notexample.com/', 'notexample.com')],
    [
      'https://example.com.evil.example/',
      eligible('https://example.com.evil.example/', 'example.com.evil.example'),
    ],
    ['https://wild.example/', eligible('https://wild.example/', 'wild.example')],
    ['https://x.wild.example/', refused('never-scan')],
    ['https://bücher.example/', refused('never-scan')],
    ['https://shop.xn--bcher-kva.example/', refused('never-scan')],
    ['https://bank.example.org/', refused('never-scan')],
    ['https://example.org/', eligible('https://example.org/', 'example.org')],
    ['http://1.1.1.1/', refused('never-scan')],
    ['http://16843009/', refused('never-scan')],
    ['http://1.1.1.2/', eligible('http://1.1.1.2/', '1.1.1.2')],
    ['http://[2606:4700:4700::1111]/', refused('never-scan')],
    ['http://[2606:4700:4700::1001]/', eligible('http://[2606:4700:4700::1001]/', '[2606:4700:4700::1001]')],
  ])('%j', (raw, expected) => {
    expect(checkScanEligibility(raw, neverScan)).toEqual(expected);
  });
});

describe('checkScanEligibility refuses URLs longer than 8,192 characters after normalisation', () => {
  const prefix = 'https://a.example/';

  it('accepts exactly 8,192 characters', () => {
    const url = prefix + 'a'.repeat(MAX_SCAN_URL_LENGTH - prefix.length);
    expect(checkScanEligibility(url, [])).toEqual({ eligible: true, url, host: 'a.example' });
  });

  it('refuses 8,193 characters', () => {
    const url = prefix + 'a'.repeat(MAX_SCAN_URL_LENGTH - prefix.length + 1);
    expect(checkScanEligibility(url, [])).toEqual(refused('too-long'));
  });

  it('refuses a 10,000-character URL', () => {
    expect(checkScanEligibility(prefix + 'a'.repeat(10_000), [])).toEqual(refused('too-long'));
  });

  it('measures after percent-encoding: 4,100 é become 24,600 characters', () => {
    expect(checkScanEligibility(prefix + 'é'.repeat(4_100), [])).toEqual(refused('too-long'));
  });

  it('does not count a fragment that normalisation drops', () => {
    const url = `${prefix}page`;
    expect(checkScanEligibility(`${url}#${'f'.repeat(10_000)}`, [])).toEqual({
      eligible: true,
      url,
      host: 'a.example',
    });
  });

  it('names a safety refusal before length', () => {
    expect(checkScanEligibility(`http://127.0.0.1/${'a'.repeat(10_000)}`, [])).toEqual(refused('loopback'));
  });
});

describe('refusal messages', () => {
  it.each(Object.entries(REFUSAL_MESSAGES))('%s has a one-sentence message', (_refusal, message) => {
    expect(message).toMatch(/^[A-Z][^.]+\.$/);
  });
});
