// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  scanApiErrorOf as errorOf,
  TEST_NOW as T0,
  useMockScanUrlInTests,
} from '../../test/mock-scanurl/use-in-tests';
import { SCANURL_API_BASE_URL, SCANURL_SCAN_PATH } from './client';

// The real provider against the project's mock ScanURL server over HTTP.

const tests = useMockScanUrlInTests();
const mock = () => tests.mock();
const providerWith = tests.provider;
const submit = (url: string, provider = providerWith()) =>
  provider.submit(url, { screenshotsResolutions: [] });

describe('ScanURL provider', () => {
  it('POSTs the URL with the key and answers with the finished report', async () => {
    const provider = providerWith();
    const { scanId, finished } = await submit('https://example.com/', provider);
    const [request] = mock().requests();
    expect(request).toMatchObject({
      method: 'POST',
      path: SCANURL_SCAN_PATH,
      body: { url: 'https://example.com/' },
    });
    expect(request?.headers).toMatchObject({
      'x-api-key': mock().apiKey,
      'content-type': 'application/json',
    });
    expect(scanId).toMatch(/^scanurl-[a-z0-9]+-[0-9a-f]{8}$/);
    expect(finished).toMatchObject({ provider: 'scanurl', scanId, screenshots: [], scannedAt: T0 });
    expect(finished?.verdict).toMatchObject({ kind: 'safe', providerVerdict: 'Trusted', riskScore: 0 });
    expect(finished?.report).toMatchObject({ final_verdict: 'Trusted', quick_scan: { domain_age: 10618 } });
    // Nothing to poll: `result` repeats what this worker received, and refuses what it never did.
    expect(await provider.result(scanId)).toBe(finished);
    expect((await errorOf(provider.result('scanurl-0-00000000'))).kind).toBe('bad-request');
    expect(provider.findExisting).toBeUndefined();
    expect(provider.screenshot).toBeUndefined();
  });

  it.each([
    ['https://phish-login.example/', 'malicious', 'Potential Fraud Risk'],
    ['https://shop.example/offers', 'suspicious', 'Elevated Risk'],
    ['https://weird-verdict.example/', 'malicious', 'Needs Manual Review'],
    ['https://unscannable.example/', 'unknown', undefined],
  ])('reads the verdict of %s as %s', async (url, kind, said) => {
    const { verdict } = (await submit(url)).finished ?? {};
    expect(verdict?.kind).toBe(kind);
    expect(verdict?.providerVerdict).toBe(said);
  });

  it('keeps the redirect chain, and tolerates a base URL with a trailing slash', async () => {
    const { finished } = await submit(
      'https://redirect.example/',
      providerWith({ apiBaseUrl: `${mock().baseUrl}/` }),
    );
    expect(finished?.verdict.redirectChain).toEqual([
      'https://redirect.example/',
      'https://landing.example/',
    ]);
    expect(mock().requests()[0]?.path).toBe(SCANURL_SCAN_PATH);
  });

  it('tests the connection with one scan of example.com, and says so', async () => {
    const ok = await providerWith().testConnection();
    expect(ok.ok).toBe(true);
    expect(ok.message).toMatch(/accepted this API key.*https:\/\/example\.com\/.*one scan/);
    expect(
      mock()
        .requests()
        .map((r) => r.body),
    ).toEqual([{ url: 'https://example.com/' }]);
    const refused = await providerWith({ apiKey: 'wrong' }).testConnection();
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Not connected: ScanURL rejected the API key .*Check the API key/);
  });

  it('defaults to ScanURL’s documented API origin', () => {
    expect(SCANURL_API_BASE_URL).toBe('https://api.scan-url.wowinfosolutions.com');
  });
});
