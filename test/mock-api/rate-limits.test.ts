// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { type MockApi, type MockApiOptions, startMockApi } from './server';
import { readJson as body, clientFor, sleep } from './test-client';

let api: MockApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: MockApiOptions) {
  api = await startMockApi({ scanDurationMs: 20, ...options });
  return { api, client: clientFor(api) };
}

describe('the plan’s scan rate', () => {
  it('answers a submit sooner than the interval with 429, Retry-After and a shape A body, and counts it', async () => {
    const { api, client } = await start({ rateLimits: { submitIntervalMs: 2_500 } });
    expect((await client.submit({ url: 'https://a.example/' })).status).toBe(200);
    const refused = await client.submit({ url: 'https://b.example/' });
    expect(refused.status).toBe(429);
    // Whole seconds, rounded up: 2.5 s to wait reads as 3.
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(await body(refused)).toMatchObject({
      message: 'Rate limit exceeded',
      status: 429,
      errors: [{ title: 'Too Many Requests', status: 429 }],
    });
    expect(api.scans()).toHaveLength(1);
    expect(api.overRate()).toEqual({ 'submit-rate': 1, 'account-limit': 0 });
    expect(api.requests().map((r) => [r.route, r.status, r.limited])).toEqual([
      ['submit', 200, undefined],
      ['submit', 429, 'submit-rate'],
    ]);
  });

  it('accepts the next submit once the interval has passed; a refused one does not use up the slot', async () => {
    const { api, client } = await start({ rateLimits: { submitIntervalMs: 150 } });
    expect((await client.submit({ url: 'https://a.example/' })).status).toBe(200);
    await sleep(60);
    expect((await client.submit({ url: 'https://b.example/' })).status).toBe(429);
    await sleep(110);
    // 170 ms after the accepted one (the refused one at 60 ms does not count as a scan).
    expect((await client.submit({ url: 'https://b.example/' })).status).toBe(200);
    expect(api.scans()).toHaveLength(2);
  });

  it('does not pace results, searches or invalid submits', async () => {
    const { api, client } = await start({ rateLimits: { submitIntervalMs: 60_000 } });
    const uuid = await client.submitUrl('https://a.example/');
    expect((await client.submit({ url: 'not a url' })).status).toBe(400);
    for (let i = 0; i < 5; i++) await (await client.get(`result/${uuid}`)).arrayBuffer();
    expect((await client.get('search?q=domain:a.example')).status).toBe(200);
    expect(api.overRate()).toEqual({ 'submit-rate': 0, 'account-limit': 0 });
  });

  it('is off unless configured', async () => {
    const { api, client } = await start({});
    for (let i = 0; i < 3; i++) await client.submitUrl(`https://a${i}.example/`);
    expect(api.scans()).toHaveLength(3);
  });
});

describe('the account-wide limit', () => {
  it('past N requests in the window, every call is refused with the gateway’s envelope until the window ends', async () => {
    const { api, client } = await start({ rateLimits: { accountLimit: { requests: 3, windowMs: 300 } } });
    for (let i = 0; i < 3; i++) expect((await client.get('search?q=domain:a.example')).status).toBe(200);
    const refused = await client.get('search?q=domain:a.example');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('ratelimit-policy')).toBe('"default";q=3;w=1');
    expect(await body(refused)).toEqual({
      success: false,
      errors: [{ code: 971, message: expect.any(String) }],
      messages: [],
      result: null,
    });
    // Blocked for every route, submits included, while the block lasts.
    expect((await client.submit({ url: 'https://a.example/' })).status).toBe(429);
    expect(api.overRate()).toEqual({ 'submit-rate': 0, 'account-limit': 2 });
    await sleep(320);
    expect((await client.get('search?q=domain:a.example')).status).toBe(200);
  });

  it('counts only authenticated calls: a wrong token is refused by auth, not by the limit', async () => {
    const { api, client } = await start({ rateLimits: { accountLimit: { requests: 1, windowMs: 10_000 } } });
    for (let i = 0; i < 3; i++) {
      expect([401, 403]).toContain((await client.get('search', { authorization: 'Bearer nope' })).status);
    }
    expect((await client.get('search?q=domain:a.example')).status).toBe(200);
    expect(api.overRate()['account-limit']).toBe(0);
  });

  it('rejects nonsense limits', async () => {
    await expect(startMockApi({ rateLimits: { submitIntervalMs: 0 } })).rejects.toThrow(RangeError);
    await expect(
      startMockApi({ rateLimits: { accountLimit: { requests: 1.5, windowMs: 10 } } }),
    ).rejects.toThrow(RangeError);
  });
});

it('reset() forgets the last submit, so the next test starts unpaced', async () => {
  const { api, client } = await start({ rateLimits: { submitIntervalMs: 60_000 } });
  await client.submitUrl('https://a.example/');
  api.reset();
  expect((await client.submit({ url: 'https://b.example/' })).status).toBe(200);
});
