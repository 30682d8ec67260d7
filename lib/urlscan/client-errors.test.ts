import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockUrlscan, startMockUrlscan } from '../../test/mock-urlscan/server';
import { ScanApiError } from '../cloudflare/errors';
import { createUrlscanProvider } from './client';
import { retryAfterFrom } from './errors';

let mock: MockUrlscan;
beforeAll(async () => {
  mock = await startMockUrlscan({ scanDurationMs: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const providerWith = (apiKey = mock.apiKey, apiBaseUrl = mock.baseUrl) =>
  createUrlscanProvider({ access: () => ({ apiBaseUrl, apiKey }), timeoutMs: 300 });
const submit = (apiKey?: string, url = 'https://a.example/') =>
  providerWith(apiKey).submit(url, { screenshotsResolutions: ['desktop'] });

async function errorOf(promise: Promise<unknown>): Promise<ScanApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ScanApiError)) throw new Error(`expected a ScanApiError, got ${String(error)}`);
  return error;
}

describe('urlscan.io provider: errors', () => {
  it('treats a wrong, malformed or missing key as an auth problem (the last one without a request)', async () => {
    expect(await errorOf(submit('00000000-0000-4000-8000-000000000000'))).toMatchObject({
      kind: 'auth',
      details: { status: 401 },
    });
    expect(await errorOf(submit('not-a-key'))).toMatchObject({ kind: 'auth', details: { status: 400 } });
    const before = mock.requests().length;
    expect((await errorOf(submit('  '))).kind).toBe('auth');
    expect(mock.requests()).toHaveLength(before);
  });

  it('passes on the API’s reason for refusing a URL', async () => {
    const error = await errorOf(submit(undefined, 'https://no-such-host.invalid/'));
    expect(error.kind).toBe('bad-request');
    expect(error.message).toMatch(
      /^DNS Error - Could not resolve domain: The domain no-such-host.invalid could not/,
    );
  });

  it('waits as long as X-Rate-Limit-Reset-After says after a 429', async () => {
    mock.injectFault({ route: 'submit', status: 429, resetAfterSeconds: 7 });
    const error = await errorOf(submit());
    expect(error).toMatchObject({ kind: 'rate-limited', details: { status: 429, retryAfterMs: 7000 } });
    expect(error.message).toContain('(unlisted per minute)');
  });

  it.each([
    ['a 5xx', { status: 503 }, 'server'],
    ['an HTML error page', { body: 'html' as const }, 'server'],
    ['truncated JSON', { body: 'malformed-json' as const }, 'invalid-response'],
    ['a drifted answer', { body: 'schema-drift' as const }, 'invalid-response'],
    ['a dropped connection', { connection: 'drop' as const }, 'network'],
    ['no answer in time', { delayMs: 1000 }, 'timeout'],
  ])('reports %s as %s', async (_name, fault, kind) => {
    mock.injectFault({ route: 'submit', ...fault });
    expect((await errorOf(submit())).kind).toBe(kind);
  });

  it('rejects a drifted result and a screenshot that is not an image', async () => {
    const uuid = mock.seedScan({ url: 'https://a.example/' });
    mock.injectFault({ route: 'result', body: 'schema-drift' });
    expect((await errorOf(providerWith().result(uuid))).kind).toBe('invalid-response');
    mock.injectFault({ route: 'screenshot', body: 'schema-drift' });
    expect((await errorOf(providerWith().screenshot?.(uuid, 'desktop') as Promise<Blob>)).message).toContain(
      'Expected a PNG screenshot, got "application/json"',
    );
  });
});

describe('urlscan.io provider: connection test', () => {
  it('says connected, with the scans left today', async () => {
    const result = await providerWith().testConnection();
    expect(result).toEqual({
      ok: true,
      message: expect.stringContaining('Connected: urlscan.io accepted this API key.'),
    });
    expect(result.message).toContain('6000 public, 6000 unlisted, 1000 private');
    expect(mock.requests().at(-1)?.path).toBe('/api/v1/quotas');
  });

  it('says what to check when the key or the address is wrong', async () => {
    const wrong = await providerWith('00000000-0000-4000-8000-000000000000').testConnection();
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toContain('Check the API key');
    const nowhere = await providerWith(mock.apiKey, 'http://127.0.0.1:9').testConnection();
    expect(nowhere).toMatchObject({ ok: false, message: expect.stringContaining('Check the API base URL') });
  });

  it('is not fooled by an answer for the IP address instead of the key', async () => {
    // As if a proxy had stripped the API-Key header on the way.
    const anonymous = createUrlscanProvider({
      access: () => ({ apiBaseUrl: mock.baseUrl, apiKey: mock.apiKey }),
      fetch: async () => Response.json({ scope: 'ip-address', limits: {} }),
    });
    expect((await anonymous.testConnection()).ok).toBe(false);
  });
});

describe('retryAfterFrom', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  const headers = (init: Record<string, string>) => new Headers(init);
  it.each([
    [{ 'x-rate-limit-reset-after': '17' }, 17_000],
    [{ 'x-rate-limit-reset-after': '0' }, 1_000],
    [{ 'retry-after': '5' }, 5_000],
    [{ 'x-rate-limit-reset': '2026-03-02T10:00:42.000Z' }, 42_000],
    [{}, 30_000],
  ])('%o → %d ms', (init, expected) => {
    expect(retryAfterFrom(headers(init), now)).toBe(expected);
  });
});
