import { describe, expect, it } from 'vitest';
import { domainAge, isNewDomain, percent, yesNo } from './report-format';

describe('percent', () => {
  it('shows 0–1 values as percentages, keeping tiny non-zero ones visible', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.00016953381224745623)).toBe('0.02%');
    expect(percent(0.0000001)).toBe('< 0.01%');
    expect(percent(0.045)).toBe('4.5%');
    expect(percent(0.05)).toBe('5%');
    expect(percent(0.734)).toBe('73%');
    expect(percent(1)).toBe('100%');
  });
});

describe('domainAge', () => {
  it('flags a domain younger than 30 days as new, as seed 003 says', () => {
    expect(domainAge(0)).toBe('0 days (new domain)');
    expect(domainAge(1)).toBe('1 day (new domain)');
    expect(domainAge(29.9)).toBe('29 days (new domain)');
    expect(isNewDomain(30)).toBe(false);
    expect(domainAge(30)).toBe('30 days');
  });

  it('says roughly how many years an old domain has', () => {
    expect(domainAge(10618)).toBe('10,618 days (about 29 years)');
    expect(domainAge(400)).toBe('400 days (about 1 year)');
  });
});

describe('yesNo', () => {
  it('words a flag, and leaves an unknown one out', () => {
    expect(yesNo(true)).toBe('Yes');
    expect(yesNo(false)).toBe('No');
    expect(yesNo(undefined)).toBeUndefined();
  });
});
