import { describe, expect, it } from 'vitest';
import { hostMatchesPattern, parseDomainPattern } from './domain-pattern';
import { normaliseUrl } from './normalise-url';
import {
  checkScanEligibility,
  type Eligibility,
  REFUSAL_MESSAGES,
  type ScanRefusal,
} from './scan-eligibility';

const refused = (refusal: ScanRefusal): Eligibility => ({
  eligible: false,
  refusal,
  message: REFUSAL_MESSAGES[refusal],
});
const eligible = (url: string, host: string): Eligibility => ({ eligible: true, url, host });

// Strings a hostile or broken page can put in an href. Each row is the exact verdict; every function
// in lib/url must also survive the string as a base URL and as a never-scan pattern.
const HOSTILE: [input: string, expected: Eligibility][] = [
  ['', refused('invalid-url')],
  [' ', refused('invalid-url')],
  ['\u0000', refused('invalid-url')],
  ['%', refused('invalid-url')],
  ['%%%%', refused('invalid-url')],
  ['__proto__', refused('invalid-url')],
  ['constructor', refused('invalid-url')],
  ['\uD800', refused('invalid-url')],
  ['"><img src=x onerror=alert(1)>', refused('invalid-url')],
  ['\u3000https://a.example/', refused('invalid-url')],
  ['\\\\a.example\\x', refused('invalid-url')],
  ['//', refused('invalid-url')],
  ['///', refused('invalid-url')],
  ['http://', refused('invalid-url')],
  ['http:', refused('invalid-url')],
  ['https://:@/', refused('invalid-url')],
  ['https://%zz.example/', refused('invalid-url')],
  ['https://%00.example/', refused('invalid-url')],
  ['https://a.example%00/', refused('invalid-url')],
  ['https://\u202Eevil.example/', refused('invalid-url')],
  ['https://xn--/', refused('invalid-url')],
  ['http://[', refused('invalid-url')],
  ['http://[::1', refused('invalid-url')],
  ['http://[:::1]/', refused('invalid-url')],
  ['http://[1:2:3:4:5:6:7:8:9]/', refused('invalid-url')],
  ['http://[fe80::1%25eth0]/', refused('invalid-url')],
  ['http://1.2.3.4.5/', refused('invalid-url')],
  ['http://256.256.256.256/', refused('invalid-url')],
  ['http://0x100000000/', refused('invalid-url')],
  ['http://99999999999999999999/', refused('invalid-url')],
  ['https://a.example:99999/', refused('invalid-url')],
  ['https://a.example:-1/', refused('invalid-url')],
  ['https://a.example:abc/', refused('invalid-url')],
  ['https://a.example:443:443/', refused('invalid-url')],
  ['javascript:alert(1)', refused('scheme')],
  ['jaVaScRiPt:alert(1)', refused('scheme')],
  ['\u0001javascript:alert(1)', refused('scheme')],
  ['java\nscript:alert(1)', refused('scheme')],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', refused('scheme')],
  ['vbscript:msgbox(1)', refused('scheme')],
  ['https://@@@a.example/', refused('credentials')],
  ['https://example.com:443@evil.example/', refused('credentials')],
  ['https://[::ffff:127.0.0.1]@a.example/', refused('credentials')],
  ['http://a.example%2F@127.0.0.1/', refused('credentials')],
  ['http://[::1]:80@a.example/', refused('credentials')],
  ['http://0x7f.0x0.0x0.0x1/', refused('loopback')],
  ['http://localhost%2e/', refused('loopback')],
  ['http://127.0.0.1%2e/', refused('loopback')],
  [`http://localhost/${'a'.repeat(100_000)}`, refused('loopback')],
  [`https://a.example/${'a'.repeat(100_000)}`, refused('too-long')],
  [`https://a.example/${'%'.repeat(10_000)}`, refused('too-long')],
  ['https://a.example/%zz%', eligible('https://a.example/%zz%', 'a.example')],
  ['https://a.example/%E0%A4%A', eligible('https://a.example/%E0%A4%A', 'a.example')],
  ['https://a.example/\uD800', eligible('https://a.example/%EF%BF%BD', 'a.example')],
  [
    'https://a.example/<script>alert(1)</script>',
    eligible('https://a.example/%3Cscript%3Ealert(1)%3C/script%3E', 'a.example'),
  ],
  ['https://a.example/?q=\'";--', eligible('https://a.example/?q=%27%22;--', 'a.example')],
  // Backslash is a path separator in http(s), so the '@' lands in the path, not in credentials.
  ['https://a.example\\@evil.example/', eligible('https://a.example/@evil.example/', 'a.example')],
  ['https:\\\\a.example', eligible('https://a.example/', 'a.example')],
  // A tab inside the host is deleted, joining the two halves into one name.
  ['http://a.example\t.evil.example/', eligible('http://a.example.evil.example/', 'a.example.evil.example')],
  ['https://\uD83D\uDE00.example/', eligible('https://xn--e28h.example/', 'xn--e28h.example')],
];

describe('hostile input', () => {
  it.each(HOSTILE.map(([input, expected]) => [input.slice(0, 60), input, expected] as const))(
    'eligibility of %j',
    (_title, input, expected) => {
      expect(checkScanEligibility(input, [])).toEqual(expected);
      expect(normaliseUrl(input) === undefined).toBe(
        !expected.eligible && expected.refusal === 'invalid-url',
      );
    },
  );

  it.each(HOSTILE.map(([input]) => [input.slice(0, 60), input] as const))(
    'as a base URL, %j does not hide an absolute link',
    (_title, input) => {
      expect(normaliseUrl('https://a.example/x', input)).toBe('https://a.example/x');
      expect(checkScanEligibility('https://a.example/x', [], input)).toEqual(
        eligible('https://a.example/x', 'a.example'),
      );
    },
  );

  it.each(HOSTILE.map(([input]) => [input.slice(0, 60), input] as const))(
    'as a never-scan pattern, %j is rejected and matches nothing',
    (_title, input) => {
      expect(parseDomainPattern(input).ok).toBe(false);
      expect(hostMatchesPattern('safe.example', input)).toBe(false);
      expect(hostMatchesPattern(input, 'example.com')).toBe(false);
      expect(checkScanEligibility('https://safe.example/', [input])).toEqual(
        eligible('https://safe.example/', 'safe.example'),
      );
    },
  );
});
