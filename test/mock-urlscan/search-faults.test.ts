import { describe, expect, it } from 'vitest';
import type { MockUrlscan } from './server';
import { type Json, type RawClient, useMockUrlscan } from './test-client';

let mock: MockUrlscan;
let raw: RawClient;
useMockUrlscan(0, (m, r) => {
  mock = m;
  raw = r;
});

const search = async (q: string, size = 10): Promise<Json> =>
  (await raw.get(`/api/v1/search/?${new URLSearchParams({ q, size: String(size) })}`)).json();

describe('mock urlscan.io: search', () => {
  it('finds scans by submitted or final URL within a time window, newest first, with sort keys', async () => {
    const old = mock.seedScan({ url: 'https://a.example/page', ageMs: 3 * 3_600_000 });
    const recent = mock.seedScan({ url: 'https://a.example/page', ageMs: 60_000 });
    mock.seedScan({ url: 'https://b.example/page', ageMs: 60_000 });
    const body = await search(
      '(task.url:"https://a.example/page" OR page.url:"https://a.example/page") AND date:>now-2h',
    );
    expect(body.results.map((r: Json) => r._id)).toEqual([recent]);
    expect(body).toMatchObject({ total: 1, has_more: false });
    const row = body.results[0];
    expect(row.task).toMatchObject({ uuid: recent, url: 'https://a.example/page', visibility: 'public' });
    expect(row.task.reportURL).toBeUndefined();
    expect(row.sort).toEqual([Date.parse(row.task.time), recent]);
    expect(row.page.url).toBe('https://a.example/page');
    expect((await search('page.domain:a.example')).results.map((r: Json) => r._id)).toEqual([recent, old]);
  });

  it('pages with size and says when there is more', async () => {
    for (let i = 0; i < 3; i++) mock.seedScan({ url: `https://c.example/${i}` });
    expect(await search('page.domain:c.example', 2)).toMatchObject({ total: 3, has_more: true });
  });

  it('refuses a query it cannot read with a 400 and a message', async () => {
    const response = await raw.get('/api/v1/search/?q=task.url:"unterminated');
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).message).toBe('Invalid query');
  });
});

describe('mock urlscan.io: rate limits and faults', () => {
  it('sends X-Rate-Limit-* headers and refuses the action once its minute is used up', async () => {
    const first = await raw.get('/api/v1/search/?q=page.domain:a.example');
    expect(first.headers.get('x-rate-limit-action')).toBe('search');
    expect(first.headers.get('x-rate-limit-remaining')).toBe('4');
    for (let i = 0; i < 4; i++) await raw.get('/api/v1/search/?q=page.domain:a.example');
    const refused = await raw.get('/api/v1/search/?q=page.domain:a.example');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('x-rate-limit-reset-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('0');
    // Another action has its own budget.
    expect((await raw.get('/api/v1/quotas')).status).toBe(200);
  });

  it('does not count polling a running scan against the retrieve quota', async () => {
    const missing = await raw.get('/api/v1/result/0196d976-07f6-7aae-8a57-aa019145f31c/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-rate-limit-remaining')).toBe('120');
    const uuid = await raw.submitUrl('https://a.example/');
    const found = await raw.get(`/api/v1/result/${uuid}/`);
    expect(found.status).toBe(200);
    expect(found.headers.get('x-rate-limit-remaining')).toBe('119');
  });

  it('injects 429s with a chosen Reset-After, server errors, HTML, truncated JSON and drift', async () => {
    mock.injectFault({ route: 'submit', status: 429, resetAfterSeconds: 7 });
    const limited = await raw.submit({ url: 'https://a.example/', visibility: 'unlisted' });
    expect(limited.headers.get('x-rate-limit-reset-after')).toBe('7');
    expect(limited.headers.get('x-rate-limit-action')).toBe('unlisted');

    mock.injectFault({ route: 'any', status: 503 });
    expect((await raw.get('/api/v1/quotas')).status).toBe(503);
    mock.injectFault({ route: 'quotas', body: 'html' });
    expect((await raw.get('/api/v1/quotas')).headers.get('content-type')).toBe('text/html');
    mock.injectFault({ route: 'search', body: 'malformed-json' });
    await expect((await raw.get('/api/v1/search/?q=ip:192.0.2.1')).json()).rejects.toThrow();
    mock.injectFault({ route: 'submit', body: 'schema-drift' });
    const drifted: Json = await (await raw.submit({ url: 'https://a.example/' })).json();
    expect(drifted.uuid).toBeUndefined();
    expect(drifted.scan_id).toEqual(expect.any(String));
  });

  it('records every request with its route and status', async () => {
    await raw.get('/api/v1/quotas');
    await raw.get('/nowhere');
    expect(mock.counts()).toMatchObject({ quotas: 1, other: 1 });
    expect(mock.requests().map((r) => r.status)).toEqual([200, 404]);
  });
});
