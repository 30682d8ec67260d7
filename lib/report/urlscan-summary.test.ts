import { describe, expect, it } from 'vitest';
import { urlscanFixture } from '../../test/fixtures/urlscan/load';
import { parseUrlscanResult, summariseUrlscanResult } from './urlscan-summary';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the loosely typed fixture JSON.
type Raw = Record<string, any>;

function summary(change: (raw: Raw) => void = () => {}) {
  const raw: Raw = urlscanFixture('result-phishing');
  change(raw);
  const result = parseUrlscanResult(raw);
  if (!result) throw new Error('the fixture no longer parses');
  return summariseUrlscanResult(result);
}

describe('summariseUrlscanResult', () => {
  it('fills the same summary as Cloudflare’s report from the phishing result', () => {
    expect(summary()).toEqual({
      scanId: '0196d976-07f6-7aae-8a57-aa019145f31c',
      finalUrl: 'https://secure-paypa1-verify.example/signin/?session=8f2c',
      title: 'Log in to your PayPal account',
      domain: 'secure-paypa1-verify.example',
      ip: '203.0.113.24',
      asn: 'AS64510',
      asnName: 'EXAMPLE-OFFSHORE, SC',
      country: 'SC',
      server: 'Apache/2.4.41 (Ubuntu)',
      tls: {
        issuer: 'R11',
        validFrom: Date.parse('2026-02-27T00:00:00.000Z'),
        validDays: 89,
        validUntil: Date.parse('2026-05-27T00:00:00.000Z'),
      },
      scannedAt: Date.parse('2026-03-02T10:15:04.512Z'),
      visibility: 'unlisted',
      categories: ['phishing'],
      brands: ['PayPal'],
      score: 100,
      redirectChain: [
        'https://bit-link.example/x7Qa',
        'https://redirect-hop.example/r?id=x7Qa',
        'https://secure-paypa1-verify.example/signin/?session=8f2c',
      ],
      technologies: ['PHP'],
      counts: { requests: 1, domains: 1, cookies: 1, consoleErrors: 0 },
      consoleErrors: [],
    });
  });

  it('has no phishing detections or Radar rank to show: those are Cloudflare’s', () => {
    const s = summary();
    expect(s.phishing).toBeUndefined();
    expect(s.radarRank).toBeUndefined();
  });

  it('counts console errors and leaves out fields that drifted', () => {
    const s = summary((raw) => {
      raw.data.console = [
        { message: { level: 'error', text: '<b>boom</b>' } },
        { message: { level: 'log', text: 'hello' } },
      ];
      raw.page.server = 42;
      raw.page.tlsIssuer = '';
      raw.meta = 'gone';
    });
    expect(s.counts.consoleErrors).toBe(1);
    expect(s.consoleErrors).toEqual(['<b>boom</b>']);
    expect(s.server).toBeUndefined();
    expect(s.tls).toBeUndefined();
    expect(s.technologies).toEqual([]);
    expect(s.title).toBe('Log in to your PayPal account');
  });

  it('names each brand once, by its proper name where urlscan.io gives one', () => {
    const s = summary((raw) => {
      raw.verdicts.overall.brands = ['paypal', 'dhl'];
      raw.verdicts.urlscan.brands = [{ key: 'paypal', name: 'PayPal' }, { key: 'ing' }];
    });
    expect(s.brands).toEqual(['PayPal', 'ing', 'dhl']);
  });

  it('refuses a result whose verdict fields drifted', () => {
    expect(parseUrlscanResult({ ...urlscanFixture('result-phishing'), verdicts: 'none' })).toBeUndefined();
  });
});
