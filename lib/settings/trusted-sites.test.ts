import { describe, expect, it } from 'vitest';
import { isTrustedUrl, withTrustedSite } from './trusted-sites';

describe('trusted sites', () => {
  it('adds the host of the page once, and trusts exactly that host', () => {
    const once = withTrustedSite([], 'https://Login.Bank.example/path?x=1');
    expect(once).toEqual(['login.bank.example']);
    expect(withTrustedSite(once ?? [], 'https://login.bank.example/other')).toEqual(['login.bank.example']);
    expect(isTrustedUrl('https://login.bank.example/x', once ?? [])).toBe(true);
    // A site that hosts anyone's pages must not vouch for them.
    expect(isTrustedUrl('https://a.login.bank.example/', once ?? [])).toBe(false);
    expect(isTrustedUrl('https://bank.example/', once ?? [])).toBe(false);
  });

  it('trusts subdomains only when the person writes *.', () => {
    expect(isTrustedUrl('https://shop.corp.example/', ['*.corp.example'])).toBe(true);
    expect(isTrustedUrl('https://corp.example/', ['*.corp.example'])).toBe(false);
  });

  it('refuses what has no nameable host', () => {
    expect(withTrustedSite([], 'not a url')).toBeUndefined();
    expect(withTrustedSite([], 'file:///etc/passwd')).toBeUndefined();
    expect(withTrustedSite([], 'https://intranet/')).toBeUndefined();
  });
});
