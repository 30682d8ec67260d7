import { describe, expect, it, vi } from 'vitest';
import type { VerdictRow } from '../db/rows';
import { isAllowedFrom, requestSchema, type Sender } from '../messaging/messages';
import { openOwnPageReport } from './open-report';
import { reportPagePath, scanIdOfReportQuery } from './report-page-address';

const verdicts: Record<string, VerdictRow> = {
  'https://phish.example/login': {
    url: 'https://phish.example/login',
    kind: 'malicious',
    reasons: ['Phishing'],
    categories: ['Phishing'],
    scanId: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
    checkedAt: 0,
  },
  'https://other.example/': {
    url: 'https://other.example/',
    kind: 'malicious',
    reasons: [],
    categories: [],
    scanId: 'aaaaaaaa-0000-4000-8000-000000000000',
    checkedAt: 0,
  },
  'https://local-only.example/': {
    url: 'https://local-only.example/',
    kind: 'suspicious',
    reasons: ['Scanlink’s own check: a look-alike name'],
    categories: [],
    checkedAt: 0,
  },
};

function harness() {
  const openReportTab = vi.fn(async (_scanId: string, _tabId: number | undefined) => {});
  const deps = { store: { getVerdict: async (url: string) => verdicts[url] }, openReportTab };
  return { deps, openReportTab };
}
const pageAt = (url: string): Sender => ({ kind: 'content-script', tabId: 7, url });

describe('the banner’s "Open the full report"', () => {
  it('opens the report of the verdict of the page the content script runs in, beside its tab', async () => {
    const { deps, openReportTab } = harness();
    // The browser's sender URL, normalised as verdicts are (the fragment goes).
    await expect(openOwnPageReport(deps, pageAt('https://PHISH.example/login#step2'))).resolves.toEqual({
      opened: true,
    });
    expect(openReportTab).toHaveBeenCalledWith('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 7);
  });

  it('is allowed from content scripts, and a page cannot name another scan or address', () => {
    const parsed = requestSchema.parse({
      type: 'open-report',
      scanId: 'aaaaaaaa-0000-4000-8000-000000000000',
      url: 'https://other.example/',
    });
    expect(parsed).toEqual({ type: 'open-report' });
    expect(isAllowedFrom('content-script', parsed)).toBe(true);
  });

  it('refuses, in words, a page with no scanner report, and a sender with no web page', async () => {
    const { deps, openReportTab } = harness();
    for (const sender of [
      pageAt('https://unscanned.example/'),
      pageAt('https://local-only.example/'),
      { kind: 'extension-page', url: 'chrome-extension://abc/popup.html' } satisfies Sender,
      { kind: 'content-script' } satisfies Sender,
    ]) {
      await expect(openOwnPageReport(deps, sender)).rejects.toThrow('Scanlink has no report of this page.');
    }
    expect(openReportTab).not.toHaveBeenCalled();
  });

  it('keeps the full report’s other requests and file downloads to extension pages', () => {
    const scanId = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    for (const request of [
      { type: 'get-full-report', scanId },
      { type: 'get-report-file', scanId, kind: 'har' },
    ]) {
      const parsed = requestSchema.parse(request);
      expect(isAllowedFrom('content-script', parsed)).toBe(false);
      expect(isAllowedFrom('extension-page', parsed)).toBe(true);
    }
  });

  it('accepts only HAR and DOM files, for ids that cannot be paths', () => {
    const file = (scanId: string, kind: string) =>
      requestSchema.safeParse({ type: 'get-report-file', scanId, kind }).success;
    expect(file('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 'dom')).toBe(true);
    expect(file('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 'screenshot')).toBe(false);
    expect(file('../settings', 'har')).toBe(false);
  });
});

describe('the report page’s address', () => {
  it('names the scan, escaped, and reads it back', () => {
    const path = reportPagePath('scan id&x=1');
    expect(path).toBe('/report.html?scan=scan%20id%26x%3D1');
    expect(scanIdOfReportQuery(new URL(path, 'chrome-extension://abc').search)).toBe('scan id&x=1');
  });

  it('names no scan when the query has none', () => {
    expect(scanIdOfReportQuery('')).toBeUndefined();
    expect(scanIdOfReportQuery('?scan=%20')).toBeUndefined();
  });
});
