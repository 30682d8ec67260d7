import { describe, expect, it } from 'vitest';
import { reportFor, seedReport } from '../../test/support/seed-report';
import { verdictFromReport } from './report-verdict';
import { scanReportSchema } from './result-schema';

const verdictOf = (report: unknown) => verdictFromReport(scanReportSchema.parse(report));
const TIME = '2026-11-23T10:00:00Z';

describe('verdict from a v2 report', () => {
  it('malicious when Cloudflare says so, with the categories and phishing kind in words', () => {
    const verdict = verdictOf(reportFor('https://a.example/', 'id-1', TIME, 'malicious'));
    expect(verdict.kind).toBe('malicious');
    expect(verdict.categories).toEqual(['Phishing']);
    expect(verdict.reasons.join(' ')).toContain('CredentialHarvester');
  });

  it('suspicious on phishing signals or security-risk categories without a malicious verdict', () => {
    expect(verdictOf(reportFor('https://a.example/', 'id-1', TIME, 'suspicious')).kind).toBe('suspicious');
    const risky = reportFor('https://a.example/', 'id-1', TIME, 'safe');
    risky.meta.processors.urlCategories = {
      data: [{ name: 'a.example', risks: [{ id: 1, name: 'New Domains' }] }],
    };
    expect(verdictOf(risky)).toMatchObject({ kind: 'suspicious', categories: ['New Domains'] });
  });

  it('unknown, never safe, when the scan failed or the page could not be seen', () => {
    expect(verdictOf(reportFor('https://a.example/', 'id-1', TIME, 'failed')).kind).toBe('unknown');
    const notFound = reportFor('https://a.example/', 'id-1', TIME, 'safe');
    notFound.page.status = '404';
    expect(verdictOf(notFound)).toMatchObject({
      kind: 'unknown',
      reasons: [expect.stringContaining('HTTP 404')],
    });
  });

  it('a cloaked page that shows the scanner an error is still judged by its signals', () => {
    const cloaked = reportFor('https://a.example/', 'id-1', TIME, 'malicious');
    cloaked.page.status = '403';
    expect(verdictOf(cloaked).kind).toBe('malicious');
  });

  it('safe only for a successful scan with no signals', () => {
    expect(verdictOf(reportFor('https://a.example/', 'id-1', TIME, 'safe'))).toMatchObject({
      kind: 'safe',
      finalUrl: 'https://a.example/',
    });
  });

  it('reads the documentation example (placeholder strings) without calling it safe blindly', () => {
    // The seed says malicious: true.
    expect(verdictOf(seedReport()).kind).toBe('malicious');
  });
});
