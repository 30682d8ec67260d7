// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MockScanUrl, SCAN_PATH, startMockScanUrl } from './server';

let mock: MockScanUrl;
beforeAll(async () => {
  mock = await startMockScanUrl({ apiKey: 'fault-key' });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const scan = (key = 'fault-key') =>
  fetch(`${mock.baseUrl}${SCAN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ url: 'https://example.com/' }),
  });

describe('mock ScanURL faults', () => {
  it('answers an injected status with its body and headers, `times` times, then normally', async () => {
    mock.injectFault({
      status: 429,
      body: { success: false, message: 'Slow down' },
      headers: { 'retry-after': '7' },
      times: 2,
    });
    for (let i = 0; i < 2; i += 1) {
      const response = await scan();
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(await response.json()).toEqual({ success: false, message: 'Slow down' });
    }
    expect((await scan()).status).toBe(200);
  });

  it('gives an injected status the error shape when no body is given, and sends a string body as is', async () => {
    mock.injectFault({ status: 500 });
    mock.injectFault({ status: 502, body: '<html>Bad gateway</html>' });
    expect(await (await scan()).json()).toEqual({ success: false, message: expect.any(String) });
    expect(await (await scan()).text()).toBe('<html>Bad gateway</html>');
  });

  it('answers 200 with cut-off JSON for a malformed fault', async () => {
    mock.injectFault({ malformed: true });
    const response = await scan();
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('holds the real answer back for a delay fault', async () => {
    mock.injectFault({ delayMs: 150 });
    const started = Date.now();
    const response = await scan();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await response.json()).success).toBe(true);
  });

  it('checks the key before using a fault, so the fault reaches an accepted call', async () => {
    mock.injectFault({ status: 503 });
    expect((await scan('wrong')).status).toBe(401);
    expect((await scan()).status).toBe(503);
  });

  it('forgets faults and requests on reset, and rejects a fault used zero times', async () => {
    mock.injectFault({ status: 500 });
    await scan('wrong');
    mock.reset();
    expect(mock.requests()).toEqual([]);
    expect((await scan()).status).toBe(200);
    expect(() => mock.injectFault({ status: 500, times: 0 })).toThrow(RangeError);
  });

  it('delays every scan with the delayMs option', async () => {
    const slow = await startMockScanUrl({ delayMs: 120 });
    try {
      const started = Date.now();
      await fetch(`${slow.baseUrl}${SCAN_PATH}`, {
        method: 'POST',
        headers: { 'x-api-key': slow.apiKey },
        body: JSON.stringify({ url: 'https://example.com/' }),
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      await slow.close();
    }
  });

  it('answers a rate limit as a 200 with success:false, and spent credits with the status asked for', async () => {
    mock.injectFault({ limit: 'rate', retryAfter: '9' });
    mock.injectFault({ limit: 'credits', status: 403 });
    const limited = await scan();
    expect(limited.status).toBe(200);
    expect(limited.headers.get('retry-after')).toBe('9');
    expect(await limited.json()).toEqual({ success: false, message: 'Rate limit exceeded' });
    const spent = await scan();
    expect(spent.status).toBe(403);
    expect(await spent.json()).toEqual({ success: false, message: 'Insufficient credits' });
  });
});
