import { describe, expect, it } from 'vitest';
import { urlscanFixture } from '../../test/fixtures/urlscan/load';
import { HOSTILE_CATEGORY, HOSTILE_CONSOLE_TEXT } from '../../test/mock-api/hostile-strings';
import { buildReport } from '../../test/mock-api/report';
import { scannerUrls } from '../../test/mock-api/scanner-urls';
import { seedReport } from '../../test/support/seed-report';
import { sectionsOf } from './full-report-sections';

// The documentation's example report (every field, placeholder values), the mock's report of a phishing
// page (every section filled as the real API fills it), and urlscan.io's phishing result.

const SCANNED_AT = Date.parse('2026-03-02T10:00:00.000Z');

function mockReport(url: string) {
  const scan = {
    uuid: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
    url,
    visibility: 'unlisted' as const,
    submittedAt: SCANNED_AT,
    readyAt: SCANNED_AT,
    ownerAccountId: 'account',
    resolutions: ['desktop' as const],
    customHeaders: {},
  };
  return buildReport(scan, scannerUrls('http://127.0.0.1:9/client/v4', 'account'));
}

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely to take sections away.
type Raw = Record<string, any>;

describe('sections of a Cloudflare v2 report', () => {
  const sections = sectionsOf(mockReport('https://phish-bank.example/login'));

  it('lists every request with its method, status, type, sizes, IP and country', () => {
    expect(sections?.requests).toEqual([
      {
        index: 1,
        url: 'https://phish-bank.example/login',
        method: 'GET',
        status: 200,
        type: 'Document',
        mimeType: 'text/html',
        size: expect.any(Number),
        transferred: expect.any(Number),
        ip: '203.0.113.180',
        country: 'SC',
        protocol: 'h2',
      },
      {
        index: 2,
        url: 'https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js',
        method: 'GET',
        status: 200,
        type: 'Script',
        mimeType: 'application/javascript',
        size: 87_533,
        transferred: 30_512,
        ip: '192.0.2.250',
        country: 'US',
        protocol: 'h2',
      },
    ]);
  });

  it('gives domains, IP addresses with their network and place, and networks with their addresses', () => {
    expect(sections?.domains?.map((d) => [d.domain, d.requests, d.ips])).toEqual([
      ['phish-bank.example', 1, '203.0.113.180'],
      ['cdnjs.cloudflare.com', 1, '192.0.2.250'],
    ]);
    expect(sections?.ips?.[0]).toMatchObject({
      ip: '203.0.113.180',
      asn: '64510',
      asnName: 'EXAMPLE-OFFSHORE',
      country: 'SC',
      city: 'Victoria',
      domains: 'phish-bank.example',
    });
    expect(sections?.asns).toEqual([
      {
        asn: '64510',
        name: 'EXAMPLE-OFFSHORE',
        description: 'EXAMPLE-OFFSHORE - Example Offshore Hosting Ltd, SC',
        country: 'SC',
        ips: '203.0.113.180',
      },
      {
        asn: '13335',
        name: 'CLOUDFLARENET',
        description: 'CLOUDFLARENET - Cloudflare, Inc., US',
        country: 'US',
        ips: '192.0.2.250',
      },
    ]);
  });

  it('merges the listed certificates with the requests’ own, keeping the names they cover', () => {
    const validFrom = SCANNED_AT - 30 * 86_400_000;
    expect(sections?.certificates).toEqual([
      {
        subject: 'phish-bank.example',
        issuer: 'WE1',
        validFrom,
        validTo: validFrom + 90 * 86_400_000,
        names: 'phish-bank.example, *.phish-bank.example',
        protocol: 'TLS 1.3',
      },
      expect.objectContaining({ subject: 'cdnjs.cloudflare.com', issuer: 'WE1' }),
    ]);
  });

  it('lists cookies, console messages, globals, technologies and DNS records', () => {
    expect(sections?.cookies).toEqual([
      expect.objectContaining({ name: 'PHPSESSID', session: true, httpOnly: true, expires: undefined }),
    ]);
    expect(sections?.console).toEqual([
      expect.objectContaining({
        index: 1,
        level: 'error',
        source: 'network',
        text: expect.stringMatching(/404/),
      }),
    ]);
    expect(sections?.globals?.map((g) => g.name)).toEqual(['jQuery', '$']);
    expect(sections?.technologies).toEqual([
      { name: 'jQuery', categories: 'JavaScript libraries', confidence: 100, website: 'https://jquery.com' },
    ]);
    expect(sections?.dns).toEqual([
      { name: 'phish-bank.example', type: 'A', address: '203.0.113.180', dnssec: false },
    ]);
  });

  it('says a page with no links has none, rather than leaving the section out', () => {
    expect(sections?.links).toEqual([]);
  });

  it('names each category by where it comes from', () => {
    expect(sections?.categories).toEqual([
      { name: 'Phishing', kind: 'verdict', about: undefined },
      { name: 'CredentialHarvester', kind: 'tag', about: undefined },
      { name: 'Phishing', kind: 'risk', about: 'phish-bank.example' },
      { name: 'New Domains', kind: 'risk', about: 'phish-bank.example' },
      { name: 'CredentialHarvester', kind: 'phishing', about: undefined },
      { name: 'BrandImpersonation', kind: 'phishing', about: undefined },
    ]);
  });

  it('gives the statistics’ totals and their breakdown by type, protocol, server and TLS', () => {
    expect(sections?.stats?.totals).toMatchObject({ requests: 2, secureRequests: 2, securePercentage: 100 });
    expect(sections?.stats?.breakdown.map((row) => [row.by, row.name, row.requests])).toEqual([
      ['type', 'Document', 1],
      ['type', 'Script', 1],
      ['protocol', 'h2', 2],
      ['server', 'Apache/2.4.41 (Ubuntu)', 1],
      ['server', 'cloudflare', 1],
      ['tls', 'TLS 1.3 / AES_128_GCM', 2],
    ]);
  });

  it('gives a page that did not move a one-step redirect history', () => {
    expect(sections?.redirects).toEqual([{ step: 1, url: 'https://phish-bank.example/login', status: 200 }]);
  });

  it('keeps the scanned site’s markup as the plain strings it is', () => {
    const hostile = sectionsOf(mockReport('https://markup-phish.example/login'));
    expect(hostile?.console?.map((c) => c.text)).toContain(HOSTILE_CONSOLE_TEXT);
    expect(hostile?.categories?.map((c) => c.name)).toContain(HOSTILE_CATEGORY);
  });
});

describe('sections of urlscan.io’s result', () => {
  const sections = sectionsOf(urlscanFixture('result-phishing'));

  it('follows the page through every redirect, with each hop’s status', () => {
    expect(sections?.redirects).toEqual([
      { step: 1, url: 'https://bit-link.example/x7Qa', status: 301 },
      { step: 2, url: 'https://redirect-hop.example/r?id=x7Qa', status: 302 },
      { step: 3, url: 'https://secure-paypa1-verify.example/signin/?session=8f2c', status: 200 },
    ]);
  });

  it('adds urlscan.io’s reverse DNS to the addresses, and its brands by their proper name', () => {
    expect(sections?.ips).toEqual([
      expect.objectContaining({ ip: '203.0.113.24', asn: '64510', ptr: 'vps24.example-offshore.example' }),
    ]);
    expect(sections?.categories).toEqual([
      { name: 'phishing', kind: 'verdict', about: undefined },
      { name: 'PayPal', kind: 'brand', about: undefined },
      { name: 'phishing', kind: 'tag', about: undefined },
    ]);
    expect(sections?.links).toEqual([
      { href: 'https://secure-paypa1-verify.example/forgot', text: 'Forgot password?' },
    ]);
  });

  it('has no DNS section, since urlscan.io’s result has none', () => {
    expect(sections).not.toHaveProperty('dns');
  });
});

describe('missing and odd sections', () => {
  it('reads the documentation’s example report without failing, placeholders and all', () => {
    const sections = sectionsOf(seedReport());
    expect(sections?.requests).toHaveLength(1);
    expect(sections?.cookies?.[0]).toMatchObject({ name: 'name', value: 'value' });
  });

  it('leaves out every section a report omits, so the page can say "not in this report"', () => {
    const report: Raw = seedReport();
    delete report.data;
    delete report.stats;
    delete report.lists;
    delete report.meta;
    delete report.verdicts;
    delete report.page;
    expect(sectionsOf(report)).toEqual({});
  });

  it('drops a malformed row and keeps the others, and blanks a drifted cell', () => {
    const report: Raw = mockReport('https://docs.example/guide');
    report.data.cookies.push(null, 'not a cookie');
    report.data.requests[1].response.response.status = 'two hundred';
    const sections = sectionsOf(report);
    expect(sections?.cookies).toHaveLength(1);
    expect(sections?.requests?.[1]).toMatchObject({ status: undefined, type: 'Script' });
  });

  it('reads the documented page.history when the requests show no redirect', () => {
    const report: Raw = seedReport();
    delete report.data;
    report.page.history = ['https://a.example/', { url: 'https://b.example/', status: '302' }, 42];
    expect(sectionsOf(report)?.redirects).toEqual([
      { step: 1, url: 'https://a.example/', status: undefined },
      { step: 2, url: 'https://b.example/', status: 302 },
    ]);
  });

  it('is nothing at all for something that is not a report', () => {
    expect(sectionsOf('a string')).toBeUndefined();
    expect(sectionsOf(null)).toBeUndefined();
  });

  it('turns a report of 1,000 requests into 1,000 rows', () => {
    const report: Raw = mockReport('https://docs.example/guide');
    const [first] = report.data.requests;
    report.data.requests = Array.from({ length: 1_000 }, (_, i) => {
      const entry = structuredClone(first);
      entry.request.request.url = `https://docs.example/asset/${i}.js`;
      return entry;
    });
    const rows = sectionsOf(report)?.requests;
    expect(rows).toHaveLength(1_000);
    expect(rows?.[999]).toMatchObject({ index: 1_000, url: 'https://docs.example/asset/999.js' });
  });
});
