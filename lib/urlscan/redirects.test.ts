import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/mock-api/loopback-server';
import { type MockUrlscan, startMockUrlscan } from '../../test/mock-urlscan/server';
import { ScanApiError } from '../cloudflare/errors';
import { createUrlscanProvider } from './client';

// urlscan.io's API guide: "Make sure to follow HTTP redirects (HTTP 301 and HTTP 302) sent by urlscan.io".
// Scanlink follows them within urlscan.io's origin only: the key must never reach another host.

let mock: MockUrlscan;
let elsewhere: LoopbackServer;
let seenElsewhere: IncomingMessage['headers'][] = [];
beforeAll(async () => {
  mock = await startMockUrlscan({ scanDurationMs: 0 });
  elsewhere = await startLoopbackServer('elsewhere', async (req, res) => {
    seenElsewhere.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
afterAll(async () => {
  await mock.close();
  await elsewhere.close();
});
beforeEach(() => {
  mock.reset();
  seenElsewhere = [];
});

const provider = () =>
  createUrlscanProvider({
    access: () => ({ apiBaseUrl: mock.baseUrl, apiKey: mock.apiKey }),
    timeoutMs: 2000,
  });

async function errorOf(promise: Promise<unknown>): Promise<ScanApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ScanApiError)) throw new Error(`expected a ScanApiError, got ${String(error)}`);
  return error;
}

async function finishedScan(): Promise<string> {
  return (await provider().submit('https://a.example/', { screenshotsResolutions: [] })).scanId;
}

describe('urlscan.io redirects', () => {
  it('follows a 301 to the same origin (the result path with its trailing slash) with the key', async () => {
    const uuid = await finishedScan();
    mock.injectFault({ route: 'result', redirectTo: `/api/v1/result/${uuid}/` });
    const report = await provider().result(uuid);
    expect(report.scanId).toBe(uuid);
    const results = mock.requests().filter((r) => r.path.startsWith('/api/v1/result/'));
    expect(results.map((r) => r.path)).toEqual([`/api/v1/result/${uuid}/`, `/api/v1/result/${uuid}/`]);
  });

  it.each([301, 302, 307, 308])(
    'refuses a %s to another origin in words, and never sends it the key',
    async (status) => {
      const uuid = await finishedScan();
      mock.injectFault({ route: 'result', status, redirectTo: `${elsewhere.origin}/steal` });
      const error = await errorOf(provider().result(uuid));
      expect(error.kind).toBe('bad-request');
      expect(error.message).toContain('never leaves');
      expect(seenElsewhere).toEqual([]);
    },
  );

  it('gives up after a few same-origin hops', async () => {
    const uuid = await finishedScan();
    mock.injectFault({ route: 'result', redirectTo: `/api/v1/result/${uuid}/`, times: 10 });
    expect((await errorOf(provider().result(uuid))).message).toContain('more than 3 times');
  });

  // Fetch standard: a manual redirect in a browser is an opaque-redirect response (status 0, no Location).
  it('refuses a redirect the browser hides, after one request and without following it', async () => {
    const calls: string[] = [];
    const hidden = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers() } as Response;
    const inBrowser = createUrlscanProvider({
      access: () => ({ apiBaseUrl: 'https://urlscan.test', apiKey: 'k' }),
      fetch: async (input) => {
        calls.push(input);
        return hidden;
      },
    });
    const error = await errorOf(inBrowser.result('0196d976-07f6-7000-8000-000000000001'));
    expect(error.kind).toBe('bad-request');
    expect(error.message).toContain('does not say where to');
    expect(calls).toHaveLength(1);
  });
});
