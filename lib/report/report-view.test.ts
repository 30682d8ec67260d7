import { describe, expect, it } from 'vitest';
import { seedData } from '../../test/fixtures/scanurl/seed-response';
import { urlscanFixture } from '../../test/fixtures/urlscan/load';
import { seedReport } from '../../test/support/seed-report';
import type { ReportRow, ScanRow, ScreenshotRow } from '../db/rows';
import { loadReportView, type ReportViewStore } from './report-view';

const SCAN: ScanRow = {
  url: 'https://www.facebook.com/',
  kind: 'safe',
  reasons: [],
  categories: [],
  scanId: 'scan-1',
  finishedAt: 1,
  reused: false,
};

function store(report?: Omit<ReportRow, 'scanId'>, scan: ScanRow | null = SCAN): ReportViewStore {
  return {
    getScan: async () => scan ?? undefined,
    getReportRow: async (scanId) => report && { scanId, ...report },
    getScreenshots: async () => [] as ScreenshotRow[],
  };
}

describe('loadReportView', () => {
  it('summarises a Cloudflare report and links to it on Radar', async () => {
    const view = await loadReportView(store({ provider: 'cloudflare', report: seedReport() }), 'scan-1');
    expect(view.provider).toBe('cloudflare');
    expect(view.report).toMatchObject({ provider: 'cloudflare', summary: { title: 'title' } });
    expect(view.reportLink).toEqual({
      href: 'https://radar.cloudflare.com/scan/scan-1/summary',
      label: 'View the full report on Cloudflare Radar',
    });
  });

  it('summarises a urlscan.io result like Cloudflare’s and links to its result page', async () => {
    const result = urlscanFixture('result-phishing');
    const view = await loadReportView(store({ provider: 'urlscan', report: result }), result.task.uuid);
    expect(view.report).toMatchObject({
      provider: 'urlscan',
      summary: { title: 'Log in to your PayPal account', brands: ['PayPal'] },
    });
    expect(view.reportLink?.href).toBe(`https://urlscan.io/result/${result.task.uuid}/`);
  });

  it('gives ScanURL’s answer its own view, with no report page to link to', async () => {
    const view = await loadReportView(store({ provider: 'scanurl', report: seedData() }), 'scan-1');
    expect(view.report).toMatchObject({
      provider: 'scanurl',
      summary: { verdict: 'Trusted', quick: { domainAgeDays: 10618 } },
    });
    expect(view.reportLink).toBeUndefined();
  });

  it('knows the scanner but shows no report when the stored one no longer fits its schema', async () => {
    const view = await loadReportView(
      store({ provider: 'scanurl', report: { risk_score: 'high' } }),
      'scan-1',
    );
    expect(view.provider).toBe('scanurl');
    expect(view.report).toBeUndefined();
  });

  it('is empty for a scan it does not know', async () => {
    expect(await loadReportView(store(undefined, null), 'nope')).toEqual({ screenshots: [] });
  });
});
