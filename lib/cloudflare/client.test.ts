import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockApi, startMockApi } from '../../test/mock-api/server';
import { type ApiAccess, createUrlScannerClient } from './client';
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

/** A plain HTTP server on 127.0.0.1 that records what reaches it and answers with `answer`. */
async function startServer(answer: (path: string) => { status: number; headers?: Record<string, string> }) {
  const seen: { method: string; path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    req.resume();
    const { status, headers = {} } = answer(req.url ?? '/');
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('what the client sends, and where', () => {
  const SUBMIT = { visibility: 'Unlisted', screenshotsResolutions: ['desktop'] } as const;

  it('sends custom headers for the scanned site only in the submit body, never as headers or to other calls', async () => {
    const client = clientWith();
    const secret = 'session=custom-header-secret-42';
    const { uuid } = await client.submit('https://intranet-login.example/', {
      ...SUBMIT,
      customHeaders: { cookie: secret, 'x-site-key': 'site-key-value-77' },
    });
    await sleep(80);
    await client.result(uuid);
    await client.screenshot(uuid, 'desktop');
    await client.search('task.url:"https://intranet-login.example/"');
    await client.har(uuid);
    await client.dom(uuid);

    const requests = mock.requests();
    expect(requests.map((r) => r.route)).toEqual(['submit', 'result', 'screenshot', 'search', 'har', 'dom']);
    for (const request of requests) {
      // The API's own headers carry nothing of the scanned site's.
      expect(JSON.stringify(request.headers)).not.toMatch(/custom-header-secret|site-key-value|x-site-key/);
      expect(request.headers.cookie).toBeUndefined();
      if (request.route === 'submit') continue;
      expect(JSON.stringify([request.path, request.query, request.body ?? null])).not.toMatch(
        /custom-header-secret|site-key-value/,
      );
    }
    expect(requests[0]?.body).toMatchObject({
      customHeaders: { cookie: secret, 'x-site-key': 'site-key-value-77' },
    });
  });

  it('builds every URL under the configured base, whatever scan ID the API hands back', async () => {
    const urls: string[] = [];
    const client = createUrlScannerClient({
      access: () => ({
        apiBaseUrl: 'https://api.cloudflare.com/client/v4',
        accountId: 'acct',
        credentials: { kind: 'token', token: 'secret-token' },
      }),
      fetch: async (input) => {
        urls.push(input);
        return new Response('{}', { status: 500 });
      },
    });
    const hostileIds = [
      'https://evil.example/x',
      '//evil.example/x',
      '../../../../evil',
      '@evil.example',
      '?x#y',
    ];
    for (const id of hostileIds) {
      await Promise.allSettled([
        client.result(id),
        client.screenshot(id, 'desktop'),
        client.har(id),
        client.dom(id),
      ]);
    }
    await client.search('"https://evil.example/" OR ../../x').catch(() => {});
    expect(urls).toHaveLength(hostileIds.length * 4 + 1);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe('https://api.cloudflare.com');
      expect(parsed.pathname.startsWith('/client/v4/accounts/acct/urlscanner/v2/')).toBe(true);
    }
  });

  it('refuses a redirect: the credentials never follow it to another origin', async () => {
    const elsewhere = await startServer(() => ({ status: 200 }));
    const redirector = await startServer((path) => ({
      status: path.includes('/scan') ? 307 : 302,
      headers: { location: `${elsewhere.origin}${path}` },
    }));
    try {
      const schemes: ApiAccess['credentials'][] = [
        { kind: 'token', token: 'redirect-token' },
        // Custom headers: fetch itself drops only `Authorization` on a cross-origin redirect.
        { kind: 'global-key', email: 'me@example.com', key: 'redirect-global-key' },
      ];
      for (const credentials of schemes) {
        const client = createUrlScannerClient({
          access: () => ({ apiBaseUrl: `${redirector.origin}/client/v4`, accountId: 'acct', credentials }),
        });
        expect((await errorOf(client.search('domain:a.example'))).kind).toBe('network');
        expect((await errorOf(client.submit('https://a.example/', SUBMIT))).kind).toBe('network');
        expect((await errorOf(client.result('some-scan'))).kind).toBe('network');
      }
      // The configured origin got the credentials (the test is live), the other origin got nothing.
      expect(redirector.seen).toHaveLength(6);
      expect(redirector.seen[0]?.headers.authorization).toBe('Bearer redirect-token');
      expect(redirector.seen[3]?.headers['x-auth-key']).toBe('redirect-global-key');
      expect(elsewhere.seen).toEqual([]);
    } finally {
      await Promise.all([elsewhere.close(), redirector.close()]);
    }
  });
});
