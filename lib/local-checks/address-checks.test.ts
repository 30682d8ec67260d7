import { describe, expect, it } from 'vitest';
import { addressFacts } from './address-facts';
import { addressShapeReasons } from './address-shape-check';
import { brandMisuseReasons } from './brand-misuse-check';
import { mixedScriptReasons } from './mixed-script-check';

const factsOf = (url: string) => addressFacts(new URL(url));

describe('addressFacts', () => {
  it('decodes the host and names its owner', () => {
    expect(factsOf('https://www.xn--pypal-4ve.com/A%20B')).toMatchObject({
      isIpHost: false,
      registrable: 'pаypal.com',
      registrableLabel: 'pаypal',
      subdomainLabels: ['www'],
      owner: undefined,
      path: '/a b',
    });
    expect(factsOf('https://signin.aws.amazon.com/').owner?.name).toBe('Amazon');
    expect(factsOf('http://[::1]/').isIpHost).toBe(true);
  });
});

describe('addressShapeReasons', () => {
  const reasonsFor = (url: string) => addressShapeReasons(factsOf(url), url);

  it('flags public IP hosts and says when the number is disguised', () => {
    expect(reasonsFor('http://203.0.113.5/')).toHaveLength(1);
    expect(reasonsFor('http://0xCB.0.113.5/')[1]).toContain('“0xcb.0.113.5” means 203.0.113.5');
    expect(reasonsFor('http://[2001:db8::1]/')).toHaveLength(1);
  });

  it('leaves private, loopback and canonical trailing-dot forms alone', () => {
    expect(reasonsFor('http://192.168.0.1/')).toEqual([]);
    expect(reasonsFor('http://[::1]:3000/')).toEqual([]);
    expect(reasonsFor('http://203.0.113.5./')).toHaveLength(1);
  });

  it('flags credentials before the host and deep subdomain stacks', () => {
    expect(reasonsFor('https://paypal.com@evil.example/')[0]).toContain('goes to evil.example');
    expect(reasonsFor('https://a.b.c.d.example.com/')).toEqual([]);
    expect(reasonsFor('https://a.b.c.d.e.example.com/')[0]).toContain('5 subdomains in front of example.com');
  });
});

describe('brandMisuseReasons', () => {
  it.each([
    'https://paypal.com/',
    'https://www.paypal.co.uk/',
    'https://github.com/paypal/paypal-js',
    'https://apple.stackexchange.com/',
    'https://example.net/paypal/',
  ])('has nothing to say about %s', (url) => {
    expect(brandMisuseReasons(factsOf(url))).toEqual([]);
  });

  it.each([
    ['https://paypal.xyz/', '“paypal.xyz” uses the name PayPal'],
    ['https://paypa1.com/', '“paypa1.com” is a look-alike spelling of “paypal.com”'],
    ['https://xn--pypal-4ve.com/', 'Cyrillic letters that look like “paypal.com”'],
    ['https://xn--paypl-jra.com/', 'accented letters that look like “paypal.com”'],
    ['https://paypal.com.evil.example/', 'puts “paypal.com” in front of evil.example'],
    ['https://paypal.evil.example/verify', 'puts “paypal” in front of evil.example'],
    ['https://evil.example/PayPal/Login', 'its path names PayPal (“/paypal/login”)'],
  ])('flags %s', (url, reason) => {
    expect(brandMisuseReasons(factsOf(url)).join(' ')).toContain(reason);
  });
});

describe('mixedScriptReasons', () => {
  it('flags a label mixing scripts that imitates no brand', () => {
    expect(mixedScriptReasons(factsOf('https://xn--exmple-4nf.com/'))).toEqual([
      'The name “exаmple” mixes Latin and Cyrillic letters, a trick to imitate another name.',
    ]);
  });

  it('leaves single-script names and brand imitations (said better elsewhere) alone', () => {
    expect(mixedScriptReasons(factsOf('https://правительство.рф/'))).toEqual([]);
    expect(mixedScriptReasons(factsOf('https://münchen.de/'))).toEqual([]);
    expect(mixedScriptReasons(factsOf('https://xn--pypal-4ve.com/'))).toEqual([]);
  });
});
