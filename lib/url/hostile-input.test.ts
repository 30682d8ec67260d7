import { describe, expect, it } from 'vitest';
import { eligible, HOSTILE } from '../../test/fixtures/hostile-urls';
import { hostMatchesPattern, parseDomainPattern } from './domain-pattern';
import { normaliseUrl } from './normalise-url';
import { checkScanEligibility } from './scan-eligibility';

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
