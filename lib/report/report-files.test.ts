import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domFor } from '../../test/mock-api/dom';
import { buildHar } from '../../test/mock-api/har';
import { type MockApi, startMockApi } from '../../test/mock-api/server';
import { profileFor } from '../../test/mock-api/site-profile';
import { type MockUrlscan, startMockUrlscan } from '../../test/mock-urlscan/server';
import type { ReportRow } from '../db/rows';
import type { ProviderId } from '../providers/scan-provider';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { createReportFiles } from './report-files';

// The real clients over HTTP against the project's mocks of Cloudflare and urlscan.io.

let cloudflare: MockApi;
let urlscan: MockUrlscan;
beforeAll(async () => {
  [cloudflare, urlscan] = await Promise.all([
    startMockApi({ scanDurationMs: 0 }),
    startMockUrlscan({ scanDurationMs: 0 }),
  ]);
});
afterAll(async () => {
  await Promise.all([cloudflare.close(), urlscan.close()]);
});

function settings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    apiBaseUrl: cloudflare.baseUrl,
    accountId: cloudflare.accountId,
    credentials: { kind: 'token', token: cloudflare.token },
    urlscanApiBaseUrl: urlscan.baseUrl,
    providerKeys: { urlscan: urlscan.apiKey, scanurl: '' },
  };
}

/** The report files of scans whose stored report names `provider`. */
function filesFor(provider: ProviderId | undefined) {
  const getReportRow = async (scanId: string): Promise<ReportRow | undefined> =>
    provider && { scanId, provider, report: {} };
  return createReportFiles({ store: { getReportRow }, settings: async () => settings() });
}

describe('report files', () => {
  it('fetches a Cloudflare scan’s HAR as a .har file with the API’s log', async () => {
    const url = 'https://phish-bank.example/login';
    const scanId = cloudflare.seedScan({ url });
    const file = await filesFor('cloudflare')(scanId, 'har');
    expect(file.fileName).toBe(`scanlink-${scanId}.har`);
    expect(file.type).toBe('application/json');
    const har = JSON.parse(file.text);
    const scan = cloudflare.scans().find((seeded) => seeded.uuid === scanId);
    if (!scan) throw new Error('the mock lost the seeded scan');
    const served = buildHar({
      ...scan,
      ownerAccountId: cloudflare.accountId,
      resolutions: [],
      customHeaders: {},
    });
    expect(har).toEqual(JSON.parse(JSON.stringify(served)));
    expect(har.log.entries).toHaveLength(2);
  });

  it('fetches a Cloudflare scan’s DOM as plain text, so it never opens as a web page', async () => {
    const url = 'https://docs.example/guide';
    const scanId = cloudflare.seedScan({ url });
    const file = await filesFor('cloudflare')(scanId, 'dom');
    expect(file).toEqual({
      fileName: `scanlink-${scanId}-dom.txt`,
      type: 'text/plain',
      text: domFor(profileFor(url)),
    });
  });

  it('fetches a urlscan.io scan’s DOM from urlscan.io with its key', async () => {
    const url = 'https://login-phish.example/account';
    const scanId = urlscan.seedScan({ url });
    const file = await filesFor('urlscan')(scanId, 'dom');
    expect(file.text).toBe(domFor(profileFor(url)));
    const asked = urlscan.requests().filter((request) => request.route === 'dom');
    expect(asked.map((request) => [request.path, request.headers['api-key']])).toEqual([
      [`/dom/${scanId}/`, urlscan.apiKey],
    ]);
  });

  it('says plainly which files a scanner does not offer, without asking it', async () => {
    const before = urlscan.requests().length;
    await expect(filesFor('urlscan')('0196d976-07f6-7aae-8a57-aa019145f31c', 'har')).rejects.toThrow(
      'urlscan.io does not offer the HAR of a scan.',
    );
    await expect(filesFor('scanurl')('scanurl-m1x2y3-1a2b3c4d', 'dom')).rejects.toThrow(
      'ScanURL does not offer the DOM of a scan.',
    );
    expect(urlscan.requests()).toHaveLength(before);
  });

  it('refuses a scan it has no report of, and an id that could be a path', async () => {
    await expect(filesFor(undefined)('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 'har')).rejects.toThrow(
      'no longer stored',
    );
    await expect(filesFor('cloudflare')('../../result/x', 'dom')).rejects.toThrow('not a scan id');
  });

  it('passes on the scanner’s own words when it cannot give the file', async () => {
    cloudflare.injectFault({ route: 'har', status: 401 });
    const scanId = cloudflare.seedScan({ url: 'https://docs.example/other' });
    await expect(filesFor('cloudflare')(scanId, 'har')).rejects.toThrow(/authentication|token|credentials/i);
  });
});
