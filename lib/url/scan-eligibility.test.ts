import { describe, expect, it } from 'vitest';
import {
  ELIGIBLE_URLS,
  type EligibleRow,
  REFUSED_URLS,
  type RefusedRow,
} from '../../test/fixtures/eligibility-urls';
import {
  checkScanEligibility,
  type Eligibility,
  MAX_SCAN_URL_LENGTH,
  refusalMessage,
  type ScanRefusal,
} from './scan-eligibility';

const refused = (refusal: ScanRefusal): Eligibility => ({
  eligible: false,
  refusal,
  message: refusalMessage(refusal),
});
const eligible = (url: string, host: string): Eligibility => ({ eligible: true, url, host });

describe('checkScanEligibility refuses what must stay in the browser', () => {
  it.each<RefusedRow>(REFUSED_URLS)('%j → %s', (raw, refusal) => {
    expect(checkScanEligibility(raw, [])).toEqual(refused(refusal));
  });
});

describe('checkScanEligibility passes public web addresses on, normalised', () => {
  it.each<EligibleRow>(ELIGIBLE_URLS)('%j → %j', (raw, url, host) => {
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
  // Every refusal: the record's type fails to compile when one is missing.
  const refusals: Record<ScanRefusal, true> = {
    'invalid-url': true,
    scheme: true,
    credentials: true,
    loopback: true,
    'private-address': true,
    'link-local': true,
    'reserved-address': true,
    'local-hostname': true,
    'never-scan': true,
    'too-long': true,
  };
  it.each(Object.keys(refusals) as ScanRefusal[])('%s has a one-sentence message', (refusal) => {
    expect(refusalMessage(refusal)).toMatch(/^[A-Z][^.]+\.$/);
  });
});
