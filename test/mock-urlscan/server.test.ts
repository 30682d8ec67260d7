import { describe, expect, it } from 'vitest';
import { decodePng } from '../mock-api/test-client';
import type { MockUrlscan } from './server';
import { type Json, type RawClient, sleep, useMockUrlscan } from './test-client';

let mock: MockUrlscan;
let raw: RawClient;
useMockUrlscan(200, (m, r) => {
  mock = m;
  raw = r;
});

describe('mock urlscan.io: scans and results', () => {
  it('answers a submission like the docs, then 404 until the scan is done, then the result', async () => {
    const response = await raw.submit({
      url: 'https://phish-paypal.example/login',
      visibility: 'private',
      customagent: 'UA/1',
    });
    expect(response.status).toBe(200);
    const submitted: Json = await response.json();
    expect(submitted).toMatchObject({
      message: 'Submission successful',
      visibility: 'private',
      options: { useragent: 'UA/1' },
    });
    expect(submitted.result).toBe(`https://urlscan.io/result/${submitted.uuid}/`);

    const early = await raw.get(`/api/v1/result/${submitted.uuid}/`);
    expect(early.status).toBe(404);
    expect(((await early.json()) as Json).message).toBe('Scan is not finished yet');
    await sleep(250);
    const result: Json = await (await raw.get(`/api/v1/result/${submitted.uuid}`)).json();
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['task', 'page', 'lists', 'data', 'meta', 'stats', 'verdicts']),
    );
    expect(result.task).toMatchObject({ uuid: submitted.uuid, visibility: 'private', userAgent: 'UA/1' });
    expect(result.verdicts.overall).toMatchObject({ malicious: true, score: 100, brands: ['paypal'] });
    expect(result.verdicts.urlscan.brands[0]).toMatchObject({ key: 'paypal', name: 'PayPal' });
  });

  it.each([
    ['https://offers.example/', { malicious: false, score: 50 }],
    ['https://suspicious-shop.example/', { malicious: false, score: 50 }],
    ['https://example.org/', { malicious: false, score: 0, categories: [] }],
  ])('scores %s by its keywords', async (url, overall) => {
    const uuid = mock.seedScan({ url });
    const result: Json = await (await raw.get(`/api/v1/result/${uuid}/`)).json();
    expect(result.verdicts.overall).toMatchObject(overall);
    expect(result.page.url).toBe(url);
  });

  it('reports a page that never loaded without a final URL, and takes no screenshot of it', async () => {
    const uuid = mock.seedScan({ url: 'https://unreachable.example/' });
    const result: Json = await (await raw.get(`/api/v1/result/${uuid}/`)).json();
    expect(result.page.url).toBeUndefined();
    expect((await raw.get(`/screenshots/${uuid}.png`)).status).toBe(404);
  });

  it('serves a real PNG screenshot in the verdict colour once the scan is done', async () => {
    const uuid = mock.seedScan({ url: 'https://example.net/', malicious: true });
    const response = await raw.get(`/screenshots/${uuid}.png`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = decodePng(Buffer.from(await response.arrayBuffer()));
    expect(png.crcValid).toBe(true);
    expect(png.pixel(2, png.height - 2)).toEqual([217, 48, 37]);
  });

  it('refuses what urlscan.io refuses before scanning, with its message', async () => {
    const dns: Json = await (await raw.submit({ url: 'https://nothing-here.invalid/' })).json();
    expect(dns).toMatchObject({ status: 400, message: 'DNS Error - Could not resolve domain' });
    expect((await raw.submit({ url: 'ftp://example.com/' })).status).toBe(400);
    expect((await raw.submit({ url: 'https://a.example/', visibility: 'Unlisted' })).status).toBe(400);
    expect((await raw.submit('{not json')).status).toBe(400);
    expect(mock.scans()).toHaveLength(0);
  });

  it('hides other people’s unlisted and private scans, but shows their public ones', async () => {
    const theirs = mock.seedScan({ url: 'https://a.example/', visibility: 'unlisted' });
    const open = mock.seedScan({ url: 'https://a.example/', visibility: 'public' });
    expect((await raw.get(`/api/v1/result/${theirs}/`)).status).toBe(404);
    expect((await raw.get(`/api/v1/result/${open}/`)).status).toBe(200);
  });
});

describe('mock urlscan.io: API key', () => {
  it('requires a key for scans and results, and tells a wrong key from a malformed one', async () => {
    expect((await raw.submit({ url: 'https://a.example/' }, null)).status).toBe(401);
    expect(
      (await raw.submit({ url: 'https://a.example/' }, '00000000-0000-4000-8000-000000000000')).status,
    ).toBe(401);
    const malformed = await raw.get('/api/v1/search/?q=page.domain:a.example', 'not-a-key');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Json).message).toBe('Invalid API key format');
  });

  it('answers quotas anonymously for the IP, and for the user with a key', async () => {
    expect(((await (await raw.get('/api/v1/quotas', null)).json()) as Json).scope).toBe('ip-address');
    const quotas: Json = await (await raw.get('/api/v1/quotas')).json();
    expect(quotas.scope).toBe('user');
    expect(quotas.limits.public.day).toMatchObject({ limit: 6000, used: 0, remaining: 6000 });
  });
});
