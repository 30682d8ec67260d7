import { describe, expect, it } from 'vitest';
import { seedReport } from '../../test/support/seed-report';
import { type ScanReport, scanReportSchema } from '../cloudflare/result-schema';
import { countryLabel, summariseReport } from './report-summary';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the loosely typed example JSON.
type Raw = Record<string, any>;

/** The documentation's example report, parsed as the extension parses it, with `change` applied first. */
function report(change: (raw: Raw) => void = () => {}): ScanReport {
  const raw = seedReport() as Raw;
  change(raw);
  return scanReportSchema.parse(raw);
}

describe('summariseReport', () => {
  it('reads every field of the documentation’s example report', () => {
    expect(summariseReport(report())).toEqual({
      scanId: 'uuid',
      finalUrl: 'url',
      title: 'title',
      domain: 'domain',
      ip: 'ip',
      asn: 'asn',
      asnName: 'asnname',
      country: 'country',
      server: 'server',
      // The example's TLS dates are placeholders and its validity 0 days: only the issuer is known.
      tls: { issuer: 'tlsIssuer', validFrom: undefined, validDays: undefined, validUntil: undefined },
      categories: ['string', 'name'],
      phishing: ['string'],
      radarRank: { rank: undefined, bucket: 'bucket' },
      technologies: ['app'],
      counts: { requests: 1, domains: 1, cookies: 1, consoleErrors: 0 },
      consoleErrors: [],
      scannedAt: undefined,
      visibility: 'visibility',
    });
  });

  it('counts console messages of level "error" only, and lists their text', () => {
    const summary = summariseReport(
      report((r) => {
        r.data.console = [
          { message: { level: 'error', text: '<script>alert(1)</script>' } },
          { message: { level: 'warning', text: 'deprecated API' } },
          { message: { level: 'error', text: 'Failed to load resource' } },
        ];
      }),
    );
    expect(summary.counts.consoleErrors).toBe(2);
    expect(summary.consoleErrors).toEqual(['<script>alert(1)</script>', 'Failed to load resource']);
  });

  it('works out the certificate’s validity, the scan time and the Radar rank', () => {
    const summary = summariseReport(
      report((r) => {
        Object.assign(r.page, { tlsValidFrom: '2025-01-01T00:00:00Z', tlsValidDays: 90 });
        r.task.time = '2025-03-04T05:06:07Z';
        r.meta.processors.radarRank.data = [{ bucket: '5000', hostname: 'example.com', rank: 4321 }];
      }),
    );
    expect(summary.tls).toEqual({
      issuer: 'tlsIssuer',
      validFrom: Date.parse('2025-01-01T00:00:00Z'),
      validDays: 90,
      validUntil: Date.parse('2025-04-01T00:00:00Z'),
    });
    expect(summary.scannedAt).toBe(Date.parse('2025-03-04T05:06:07Z'));
    expect(summary.radarRank).toEqual({ rank: 4321, bucket: '5000' });
  });

  it('leaves out what the report does not know, and counts domains from the stats without a list', () => {
    const summary = summariseReport(
      report((r) => {
        Object.assign(r.page, { ip: '', asn: '', title: '', tlsIssuer: '' });
        r.meta.processors.radarRank.data = [];
        r.lists.domains = undefined;
        r.stats.domainStats = [{ domain: 'a.example' }, { domain: 'b.example' }];
      }),
    );
    expect(summary.ip).toBeUndefined();
    expect(summary.title).toBeUndefined();
    expect(summary.asn).toBeUndefined();
    expect(summary.tls).toBeUndefined();
    expect(summary.radarRank).toBeUndefined();
    expect(summary.counts.domains).toBe(2);
  });

  it('gathers categories from the verdict and the URL categories, and both phishing models, once each', () => {
    const summary = summariseReport(
      report((r) => {
        r.verdicts.overall.categories = ['Phishing'];
        r.meta.processors.urlCategories.data = [
          { content: [{ name: 'Technology' }], risks: [{ name: 'Phishing' }], inherited: { risks: [] } },
        ];
        r.meta.processors.phishing.data = ['CredentialHarvester'];
        r.meta.processors.phishing_v2.data = ['CredentialHarvester', 'BrandImpersonation'];
      }),
    );
    expect(summary.categories).toEqual(['Phishing', 'Technology']);
    expect(summary.phishing).toEqual(['CredentialHarvester', 'BrandImpersonation']);
  });
});

describe('countryLabel', () => {
  it('names a country code, and keeps anything else as it is', () => {
    expect(countryLabel('SC')).toBe('Seychelles (SC)');
    expect(countryLabel('country')).toBe('country');
    expect(countryLabel('')).toBe('');
  });
});
