// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REDIRECT_LANDING } from './responses';
import { type MockScanUrl, SCAN_PATH, startMockScanUrl } from './server';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const seed = JSON.parse(
  readFileSync(new URL('../fixtures/scanurl/response-seed.json', import.meta.url), 'utf8'),
) as { data: { [key: string]: Json } };

let mock: MockScanUrl;
beforeAll(async () => {
  mock = await startMockScanUrl();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** The fields these tests read from a scan answer. */
interface Answer {
  success: boolean;
  data: {
    status: string;
    final_verdict?: string;
    risk_score?: number;
    redirect_info: { final_url: string; http_chain: string[]; redirect_count: number };
    quick_scan: { reachable: boolean };
  };
}

/** `key: null` sends no x-api-key header. */
async function scan(body: unknown, key: string | null = mock.apiKey, path = SCAN_PATH) {
  const response = await fetch(`${mock.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return {
    status: response.status,
    headers: response.headers,
    json: json as Answer,
  };
}

/** Every key path of a JSON value, with the type found there (array items by their first one). */
function shapeOf(value: Json, path = ''): string[] {
  if (Array.isArray(value))
    return [`${path}: array`, ...(value[0] === undefined ? [] : shapeOf(value[0], `${path}[]`))];
  if (value === null || typeof value !== 'object')
    return [`${path}: ${value === null ? 'null' : typeof value}`];
  return Object.entries(value).flatMap(([key, v]) => shapeOf(v, `${path}.${key}`));
}

describe('startMockScanUrl', () => {
  it('listens on 127.0.0.1 with a random port', () => {
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.baseUrl).not.toBe('http://127.0.0.1:0');
  });

  it('answers a trusted scan exactly like the seed, with the submitted URL in redirect_info', async () => {
    const { status, json } = await scan({ url: 'https://www.facebook.com/' });
    expect(status).toBe(200);
    expect(json).toEqual(seed);
    const other = await scan({ url: 'https://good.example/page' });
    expect(other.json.data.redirect_info.final_url).toBe('https://good.example/page');
    expect(other.json.data.final_verdict).toBe('Trusted');
  });

  it.each([
    ['https://phish-login.example/', 'Potential Fraud Risk', 0.92],
    ['https://bank.example/fraud', 'Potential Fraud Risk', 0.92],
    ['https://suspicious.example/', 'Elevated Risk', 0.55],
    ['https://shop.example/offers', 'Elevated Risk', 0.55],
    ['https://weird-verdict.example/', 'Needs Manual Review', 0.81],
    ['https://good.example/?next=/phish', 'Trusted', 0],
  ])('picks the verdict for %s from host and path, keeping the seed shape', async (url, verdict, risk) => {
    const { json } = await scan({ url });
    expect(json.data.final_verdict).toBe(verdict);
    expect(json.data.risk_score).toBe(risk);
    expect(shapeOf(json as unknown as Json)).toEqual(shapeOf(seed as unknown as Json));
  });

  it('adds a redirect hop for "redirect" and fails a scan for "unscannable"', async () => {
    const redirected = (await scan({ url: 'https://redirect.example/' })).json.data.redirect_info;
    expect(redirected).toMatchObject({ final_url: REDIRECT_LANDING, redirect_count: 1 });
    expect(redirected.http_chain).toEqual(['https://redirect.example/', REDIRECT_LANDING]);
    const failed = (await scan({ url: 'https://unscannable.example/' })).json.data;
    expect(failed.status).toBe('failed');
    expect(failed.final_verdict).toBeUndefined();
    expect(failed.quick_scan.reachable).toBe(false);
  });

  it('refuses a missing or wrong x-api-key with 401 and the documented error shape', async () => {
    for (const key of [null, 'wrong-key']) {
      const { status, json } = await scan({ url: 'https://example.com/' }, key);
      expect(status).toBe(401);
      expect(json).toEqual({ success: false, message: expect.any(String) });
    }
  });

  it.each([[{}], [{ url: 42 }], [{ url: 'not a url' }], [{ url: 'javascript:alert(1)' }], ['{not json']])(
    'refuses %j with 400',
    async (body) => {
      const { status, json } = await scan(body);
      expect(status).toBe(400);
      expect(json).toEqual({ success: false, message: expect.any(String) });
    },
  );

  it('answers 404 outside the scan route', async () => {
    expect((await scan({ url: 'https://example.com/' }, mock.apiKey, '/api/v1/other')).status).toBe(404);
  });

  it('records each request with its key header, body and status', async () => {
    await scan({ url: 'https://example.com/' });
    await scan({ url: 'https://example.com/' }, 'wrong-key');
    expect(mock.requests()).toMatchObject([
      { method: 'POST', path: SCAN_PATH, body: { url: 'https://example.com/' }, status: 200 },
      { headers: { 'x-api-key': 'wrong-key' }, status: 401 },
    ]);
    expect(mock.requests()[0]?.headers['x-api-key']).toBe(mock.apiKey);
  });
});
