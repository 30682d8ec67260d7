import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUrlscan, startMockUrlscan } from '../../test/mock-urlscan/server';
import { ScanApiError } from '../cloudflare/errors';
import { createUrlscanProvider, URLSCAN_BASE_URL, urlscanVisibility } from './client';

// The real provider against the project's mock urlscan.io over HTTP.

let mock: MockUrlscan;
beforeAll(async () => {
  mock = await startMockUrlscan({ scanDurationMs: 300 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const providerWith = (apiKey = mock.apiKey, timeoutMs?: number) =>
  createUrlscanProvider({
    access: () => ({ apiBaseUrl: mock.baseUrl, apiKey }),
    ...(timeoutMs ? { timeoutMs } : {}),
  });

async function errorOf(promise: Promise<unknown>): Promise<ScanApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ScanApiError)) throw new Error(`expected a ScanApiError, got ${String(error)}`);
  return error;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const options = { screenshotsResolutions: ['desktop'] as const };

describe('urlscan.io provider: scanning', () => {
  it('submits with its options, is not ready while the scan runs, then reads the result', async () => {
    const provider = providerWith();
    const { scanId, visibility } = await provider.submit('https://phish-paypal.example/login', {
      ...options,
      visibility: 'private',
      userAgent: 'Scanlink-Test',
      referer: 'https://mail.example/',
      customHeaders: { 'x-ignored': '1' },
    });
    expect(visibility).toBe('private');
    const sent = mock.requests().at(-1);
    expect(sent?.headers['api-key']).toBe(mock.apiKey);
    expect(sent?.body).toEqual({
      url: 'https://phish-paypal.example/login',
      visibility: 'private',
      customagent: 'Scanlink-Test',
      referer: 'https://mail.example/',
    });

    expect((await errorOf(provider.result(scanId))).kind).toBe('not-ready');
    await sleep(350);
    const report = await provider.result(scanId);
    expect(report).toMatchObject({
      provider: 'urlscan',
      scanId,
      screenshots: ['desktop'],
      reportUrl: `https://urlscan.io/result/${scanId}/`,
      title: 'Sign in to your account',
      visibility: 'private',
    });
    expect(report.verdict).toMatchObject({ kind: 'malicious', riskScore: 1 });
    expect(report.verdict.reasons).toContain('It imitates PayPal (brand).');
    expect(report.scannedAt).toBeGreaterThan(Date.now() - 5000);

    const png = await provider.screenshot?.(scanId, 'desktop');
    expect(new Uint8Array(await (png as Blob).arrayBuffer()).slice(1, 4)).toEqual(
      new TextEncoder().encode('PNG'),
    );
    expect((await errorOf(provider.screenshot?.(scanId, 'mobile') as Promise<Blob>)).kind).toBe(
      'bad-request',
    );
  });

  it('asks for the visibility in urlscan.io’s words and never for more publicity than asked', () => {
    expect(['Public', 'Unlisted', 'private', undefined, 'team'].map(urlscanVisibility)).toEqual([
      'public',
      'unlisted',
      'private',
      'unlisted',
      'unlisted',
    ]);
    expect(URLSCAN_BASE_URL).toBe('https://urlscan.io');
  });

  it('reads a score without a verdict as suspicious, and a page that never loaded as unknown', async () => {
    const provider = providerWith();
    const offers = await provider.result(mock.seedScan({ url: 'https://offers.example/' }));
    expect(offers.verdict).toMatchObject({ kind: 'suspicious', riskScore: 0.5 });
    const down = await provider.result(mock.seedScan({ url: 'https://unreachable.example/' }));
    expect(down.verdict.kind).toBe('unknown');
    expect(down.screenshots).toEqual([]);
    const fine = await provider.result(mock.seedScan({ url: 'https://example.org/' }));
    expect(fine.verdict).toMatchObject({ kind: 'safe', riskScore: 0, finalUrl: 'https://example.org/' });
  });

  it('refuses a scan id that does not look like one before it reaches a path', async () => {
    expect((await errorOf(providerWith().result('../user/quotas'))).kind).toBe('bad-request');
    expect(mock.requests()).toHaveLength(0);
  });
});

describe('urlscan.io provider: reusing a recent scan', () => {
  const url = 'https://a.example/page';

  it('finds the newest fresh scan of the same URL with a quoted, time-bound query', async () => {
    mock.seedScan({ url, ageMs: 90 * 60_000 });
    const newest = mock.seedScan({ url, ageMs: 10 * 60_000 });
    mock.seedScan({ url: 'https://a.example/other', ageMs: 60_000 });
    const hit = await providerWith().findExisting?.(url, 2 * 3_600_000, Date.now());
    expect(hit?.scanId).toBe(newest);
    expect(Date.now() - (hit?.time ?? 0)).toBeGreaterThanOrEqual(10 * 60_000);
    expect(mock.requests().at(-1)?.query).toEqual({
      q: `(task.url:"${url}" OR page.url:"${url}") AND date:>now-2h`,
      size: '10',
    });
  });

  it('finds nothing stale, for another URL, or in other people’s unlisted scans', async () => {
    mock.seedScan({ url, ageMs: 3 * 3_600_000 });
    mock.seedScan({ url: 'https://a.example/page2' });
    mock.seedScan({ url, visibility: 'unlisted' });
    expect(await providerWith().findExisting?.(url, 2 * 3_600_000, Date.now())).toBeUndefined();
  });
});

describe('urlscan.io submit: the visibility it answered', () => {
  it('returns the visibility urlscan.io says it gave, not the one asked for', async () => {
    const uuid = '0196d976-07f6-7000-8000-000000000001';
    const answered = {
      message: 'Submission successful',
      uuid,
      visibility: 'public',
      url: 'https://a.example/',
    };
    const provider = createUrlscanProvider({
      access: () => ({ apiBaseUrl: 'https://urlscan.test', apiKey: 'k' }),
      fetch: async () =>
        new Response(JSON.stringify(answered), { headers: { 'content-type': 'application/json' } }),
    });
    const submission = await provider.submit('https://a.example/', { ...options, visibility: 'Unlisted' });
    expect(submission).toEqual({ scanId: uuid, visibility: 'public' });
  });
});
