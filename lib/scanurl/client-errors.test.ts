// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scanApiErrorOf as errorOf, useMockScanUrlInTests } from '../../test/mock-scanurl/use-in-tests';

// The real provider against the project's mock ScanURL server over HTTP: every way a scan can fail.

const tests = useMockScanUrlInTests();
const mock = () => tests.mock();
const providerWith = tests.provider;
const submit = (url: string, provider = providerWith()) =>
  provider.submit(url, { screenshotsResolutions: [] });

describe('ScanURL provider errors', () => {
  it('refuses to send a request without a key, and maps a rejected key to auth', async () => {
    expect((await errorOf(submit('https://example.com/', providerWith({ apiKey: ' ' })))).kind).toBe('auth');
    expect(mock().requests()).toHaveLength(0);
    const rejected = await errorOf(submit('https://example.com/', providerWith({ apiKey: 'wrong' })));
    expect(rejected).toMatchObject({ kind: 'auth', details: { status: 401 } });
    expect(rejected.message).toContain('Invalid or missing API key');
  });

  it('maps a 400 to bad-request with the API’s message', async () => {
    const error = await errorOf(submit('not a url'));
    expect(error).toMatchObject({
      kind: 'bad-request',
      message: 'A valid URL is required',
      details: { status: 400 },
    });
  });

  it('maps a 429 to rate-limited, with Retry-After when given', async () => {
    mock().injectFault({ status: 429, headers: { 'retry-after': '7' } });
    mock().injectFault({ status: 429 });
    expect((await errorOf(submit('https://example.com/'))).details.retryAfterMs).toBe(7000);
    expect((await errorOf(submit('https://example.com/'))).details.retryAfterMs).toBe(30_000);
  });

  it('backs off a rate limit inside a 200 and spent credits without a 429', async () => {
    mock().injectFault({ limit: 'rate', retryAfter: '7' });
    mock().injectFault({ limit: 'credits', status: 403 });
    const limited = await errorOf(submit('https://example.com/'));
    expect(limited).toMatchObject({ kind: 'rate-limited', details: { status: 200, retryAfterMs: 7000 } });
    const spent = await errorOf(submit('https://example.com/'));
    expect(spent).toMatchObject({ kind: 'rate-limited', details: { status: 403, retryAfterMs: 3_600_000 } });
    expect(spent.message).toContain('no scan credits left');
  });

  it('maps 5xx (JSON or not) to server, and a 404 to bad-request (nothing to wait for)', async () => {
    mock().injectFault({ status: 500, body: { success: false, message: 'Scan engine crashed' } });
    mock().injectFault({ status: 502, body: '<html>Bad gateway</html>' });
    mock().injectFault({ status: 404 });
    const crashed = await errorOf(submit('https://example.com/'));
    expect(crashed).toMatchObject({ kind: 'server', details: { status: 500 } });
    expect(crashed.message).toContain('Scan engine crashed');
    expect((await errorOf(submit('https://example.com/'))).kind).toBe('server');
    expect((await errorOf(submit('https://example.com/'))).kind).toBe('bad-request');
  });

  it.each([
    ['Domain is blocked', 'bad-request'],
    ['Internal server error, try again', 'server'],
    [undefined, 'server'],
    ['API key expired', 'auth'],
  ])('maps a 200 with success:false and message %j to %s', async (message, kind) => {
    mock().injectFault({ status: 200, body: { success: false, ...(message ? { message } : {}) } });
    expect((await errorOf(submit('https://example.com/'))).kind).toBe(kind);
  });

  it('maps cut-off JSON and a drifted verdict field to invalid-response', async () => {
    mock().injectFault({ malformed: true });
    mock().injectFault({
      status: 200,
      body: { success: true, data: { status: 'success', final_verdict: 'Trusted', risk_score: 7 } },
    });
    expect((await errorOf(submit('https://example.com/'))).kind).toBe('invalid-response');
    const drifted = await errorOf(submit('https://example.com/'));
    expect(drifted).toMatchObject({ kind: 'invalid-response' });
    expect(drifted.message).toContain('data.risk_score');
  });

  it('gives up with timeout when ScanURL answers too slowly, and network when it is gone', async () => {
    mock().injectFault({ delayMs: 400 });
    expect((await errorOf(submit('https://example.com/', providerWith({ timeoutMs: 100 })))).kind).toBe(
      'timeout',
    );
    const gone = providerWith({ apiBaseUrl: 'http://127.0.0.1:9' });
    expect((await errorOf(submit('https://example.com/', gone))).kind).toBe('network');
  });
});
