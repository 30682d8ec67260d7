import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockApi, startMockApi } from '../../test/mock-api/server';
import { createUrlScannerClient } from './client';
import { ScanApiError } from './errors';

// The real client against the project's mock URL Scanner server over HTTP.

let mock: MockApi;
beforeAll(async () => {
  mock = await startMockApi({ scanDurationMs: 50 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const clientWith = (overrides: Partial<{ token: string; accountId: string }> = {}) =>
  createUrlScannerClient({
    access: () => ({
      apiBaseUrl: mock.baseUrl,
      accountId: overrides.accountId ?? mock.accountId,
      credentials: { kind: 'token', token: overrides.token ?? mock.token },
    }),
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

describe('URL Scanner v2 client', () => {
  it('submits with every option and reads the report once it is ready (404 before)', async () => {
    const client = clientWith();
    const submitted = await client.submit('https://phish-login.example/', {
      visibility: 'Unlisted',
      screenshotsResolutions: ['desktop', 'mobile'],
      customHeaders: { 'x-test': '1' },
      userAgent: 'Scanlink-Test',
      referer: 'https://referrer.example/',
    });
    expect(submitted.visibility).toBe('unlisted');
    expect(mock.requests().at(-1)?.body).toEqual({
      url: 'https://phish-login.example/',
      visibility: 'Unlisted',
      screenshotsResolutions: ['desktop', 'mobile'],
      customHeaders: { 'x-test': '1' },
      customagent: 'Scanlink-Test',
      referer: 'https://referrer.example/',
    });

    expect((await errorOf(client.result(submitted.uuid))).kind).toBe('not-ready');
    await sleep(80);
    const report = await client.result(submitted.uuid);
    expect(report.task.uuid).toBe(submitted.uuid);
    expect(report.verdicts.overall.malicious).toBe(true);

    const mobile = await client.screenshot(submitted.uuid, 'mobile');
    expect(new Uint8Array(await mobile.arrayBuffer()).slice(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    expect((await errorOf(client.screenshot(submitted.uuid, 'tablet'))).kind).toBe('not-ready');
    expect((await client.har(submitted.uuid)).log.entries).toBeInstanceOf(Array);
    expect(await client.dom(submitted.uuid)).toContain('<');
  });

  it('signs in with the legacy email and global key', async () => {
    const client = createUrlScannerClient({
      access: () => ({
        apiBaseUrl: mock.baseUrl,
        accountId: mock.accountId,
        credentials: { kind: 'global-key', email: mock.email, key: mock.globalKey },
      }),
    });
    await client.search('page.domain:example.com');
    const headers = mock.requests().at(-1)?.headers;
    expect(headers?.['x-auth-email']).toBe(mock.email);
    expect(headers?.['x-auth-key']).toBe(mock.globalKey);
    expect(headers?.authorization).toBeUndefined();
  });

  it('finds a finished scan by search', async () => {
    const uuid = mock.seedScan({ url: 'https://docs.example/' });
    const hits = await clientWith().search('task.url:"https://docs.example/"');
    expect(hits.map((h) => h.task.uuid)).toEqual([uuid]);
  });

  it('maps rejected credentials (shape B, 403) to an auth error with the API message', async () => {
    const error = await errorOf(clientWith({ token: 'wrong' }).search('domain:example.com'));
    expect(error.kind).toBe('auth');
    expect(error.details.status).toBe(403);
    expect(error.message).toContain('Authentication error');
  });

  it('maps 429 to rate-limited with the wait from Retry-After', async () => {
    mock.injectFault({ route: 'submit', status: 429, retryAfterSeconds: 42 });
    const error = await errorOf(
      clientWith().submit('https://a.example/', {
        visibility: 'Public',
        screenshotsResolutions: ['desktop'],
      }),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.details.retryAfterMs).toBe(42_000);
  });

  it('maps 409 to recently-scanned, 400 to bad-request with the API message, 5xx to server', async () => {
    const client = clientWith();
    const options = { visibility: 'Public', screenshotsResolutions: ['desktop'] } as const;
    mock.injectFault({ route: 'submit', status: 409 });
    expect((await errorOf(client.submit('https://a.example/', options))).kind).toBe('recently-scanned');
    const bad = await errorOf(client.submit('not a url', options));
    expect(bad.kind).toBe('bad-request');
    expect(bad.message.length).toBeGreaterThan(0);
    mock.injectFault({ route: 'search', status: 502 });
    expect((await errorOf(client.search('domain:a.example'))).kind).toBe('server');
  });

  it('reports malformed JSON and drifted shapes as invalid responses, never as data', async () => {
    const client = clientWith();
    const { uuid } = await client.submit('https://a.example/', {
      visibility: 'Public',
      screenshotsResolutions: ['desktop'],
    });
    await sleep(80);
    mock.injectFault({ route: 'result', body: 'malformed-json' });
    expect((await errorOf(client.result(uuid))).kind).toBe('invalid-response');
    mock.injectFault({ route: 'result', body: 'schema-drift' });
    const drift = await errorOf(client.result(uuid));
    expect(drift.kind).toBe('invalid-response');
    expect(drift.message).toMatch(/expected shape/);
  });

  it('times out a response slower than its deadline', async () => {
    mock.injectFault({ route: 'search', delayMs: 500 });
    const client = createUrlScannerClient({
      access: () => ({
        apiBaseUrl: mock.baseUrl,
        accountId: mock.accountId,
        credentials: { kind: 'token', token: mock.token },
      }),
      timeoutMs: 100,
    });
    expect((await errorOf(client.search('domain:a.example'))).kind).toBe('timeout');
  });

  it('reports an unreachable API as a network error', async () => {
    const client = createUrlScannerClient({
      access: () => ({
        apiBaseUrl: 'http://127.0.0.1:9/client/v4',
        accountId: 'a',
        credentials: { kind: 'token', token: 't' },
      }),
    });
    expect((await errorOf(client.search('domain:a.example'))).kind).toBe('network');
  });

  it('sends the token only to the configured API origin', async () => {
    await clientWith().search('domain:a.example');
    const request = mock.requests().at(-1);
    expect(request?.path.startsWith(`/client/v4/accounts/${mock.accountId}/urlscanner/v2/search`)).toBe(true);
  });
});
