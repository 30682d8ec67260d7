import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockApi, startMockApi } from '../../test/mock-api/server';
import { type ApiAccess, createUrlScannerClient } from './client';
import { errorFromResponse, ScanApiError } from './errors';
import { createCloudflareProvider } from './provider';

// The client against the mock over HTTP, for the answers that are not the scanner's own: the gateway's
// classic envelope (wrong account, unreadable credentials), a plan refusing Unlisted, and the Accept headers.

let free: MockApi;
let paid: MockApi;
beforeAll(async () => {
  [free, paid] = await Promise.all([
    startMockApi({ scanDurationMs: 50, plan: 'free' }),
    startMockApi({ scanDurationMs: 50 }),
  ]);
});
afterAll(async () => {
  await Promise.all([free.close(), paid.close()]);
});
beforeEach(() => {
  free.reset();
  paid.reset();
});

const accessOf = (
  mock: MockApi,
  overrides: Partial<{ token: string; accountId: string }> = {},
): ApiAccess => ({
  apiBaseUrl: mock.baseUrl,
  accountId: overrides.accountId ?? mock.accountId,
  credentials: { kind: 'token', token: overrides.token ?? mock.token },
});
const clientOf = (mock: MockApi, overrides?: Partial<{ token: string; accountId: string }>) =>
  createUrlScannerClient({ access: () => accessOf(mock, overrides) });

async function errorOf(promise: Promise<unknown>): Promise<ScanApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ScanApiError)) throw new Error(`expected a ScanApiError, got ${String(error)}`);
  return error;
}

const SUBMIT = { visibility: 'Public', screenshotsResolutions: ['desktop'] } as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('404: not ready or nowhere', () => {
  it('reads the scanner’s own 404 on result as not ready', async () => {
    paid.setScanDuration(60_000);
    try {
      const { uuid } = await clientOf(paid).submit('https://a.example/', SUBMIT);
      const error = await errorOf(clientOf(paid).result(uuid));
      expect(error.kind).toBe('not-ready');
    } finally {
      paid.setScanDuration(50);
    }
  });

  it('reads the gateway’s 404 (code 7003) for a wrong account ID as an auth error naming it', async () => {
    const wrong = clientOf(paid, { accountId: 'not-my-account' });
    for (const call of [() => wrong.result('00000000-0000-4000-8000-000000000000'), () => wrong.dom('x')]) {
      const error = await errorOf(call());
      expect(error.kind).toBe('auth');
      expect(error.details.status).toBe(404);
      expect(error.message).toContain('account ID');
      expect(error.message).toContain('API base URL');
      expect(error.message).toContain('Could not route to');
    }
  });

  it('reads a classic-envelope 404 as auth whatever its code, and a bodiless 404 as not ready', () => {
    const envelope = { success: false, errors: [{ code: 7000, message: 'No route for that URI' }] };
    expect(errorFromResponse(404, new Headers(), envelope, 0).kind).toBe('auth');
    expect(errorFromResponse(404, new Headers(), undefined, 0).kind).toBe('not-ready');
  });
});

describe('400: credentials the gateway cannot read', () => {
  it('reads 6003 with 6111 in its chain (a token with a space) as auth', async () => {
    const error = await errorOf(clientOf(paid, { token: 'two words' }).search('domain:example.com'));
    expect(error.kind).toBe('auth');
    expect(error.details.status).toBe(400);
    expect(error.message).toContain('Invalid request headers');
  });

  it('reads 9106 (no credentials) and a lone 6111 in a chain as auth, other 400s as bad requests', () => {
    const envelope = (errors: unknown[]) => ({ success: false, errors });
    const missing = envelope([
      { code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' },
    ]);
    expect(errorFromResponse(400, new Headers(), missing, 0).kind).toBe('auth');
    const chained = envelope([{ code: 1, message: 'x', error_chain: [{ code: 6111, message: 'y' }] }]);
    expect(errorFromResponse(400, new Headers(), chained, 0).kind).toBe('auth');
    expect(errorFromResponse(400, new Headers(), envelope([{ code: 1000, message: 'z' }]), 0).kind).toBe(
      'bad-request',
    );
  });
});

describe('a plan refusing Unlisted', () => {
  it('throws visibility-refused when the Free plan refuses an Unlisted submit', async () => {
    const error = await errorOf(
      clientOf(free).submit('https://a.example/', { ...SUBMIT, visibility: 'Unlisted' }),
    );
    expect(error.kind).toBe('visibility-refused');
    expect(error.details).toEqual({ status: 400, visibility: 'Unlisted' });
    expect(error.message).toContain('Unlisted');
  });

  it('leaves other refusals alone: a Public submit’s 400, and a 409 while Unlisted was asked', async () => {
    expect((await errorOf(clientOf(free).submit('not a url', SUBMIT))).kind).toBe('bad-request');
    paid.injectFault({ route: 'submit', status: 409 });
    const unlisted = { ...SUBMIT, visibility: 'Unlisted' } as const;
    expect((await errorOf(clientOf(paid).submit('https://a.example/', unlisted))).kind).toBe(
      'recently-scanned',
    );
  });
});

describe('Accept headers as the SDK sends them', () => {
  it('asks for JSON, text/plain for the DOM and image/png for screenshots', async () => {
    const client = clientOf(paid);
    const { uuid } = await client.submit('https://a.example/', SUBMIT);
    await sleep(80);
    await client.result(uuid);
    await client.har(uuid);
    await client.search('domain:a.example');
    await client.dom(uuid);
    await client.screenshot(uuid, 'desktop');
    const accepts = Object.fromEntries(paid.requests().map((r) => [r.route, r.headers.accept]));
    expect(accepts).toEqual({
      submit: 'application/json',
      result: 'application/json',
      har: 'application/json',
      search: 'application/json',
      dom: 'text/plain',
      screenshot: 'image/png',
    });
  });
});

describe('the provider’s submission', () => {
  it('carries the visibility the scanner answered', async () => {
    const provider = createCloudflareProvider(clientOf(paid), async () => accessOf(paid));
    const submitted = await provider.submit('https://a.example/', {
      visibility: 'Unlisted',
      screenshotsResolutions: ['desktop'],
    });
    expect(submitted.visibility).toBe('unlisted');
  });
});
