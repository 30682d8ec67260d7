// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MockApi } from './server';
import { readJson as body, type Client, type Json, useMockApiInTests } from './test-client';

const DURATION = 50;
let api: MockApi;
let client: Client;

useMockApiInTests(DURATION, (started, startedClient) => {
  api = started;
  client = startedClient;
});

describe('GET search', () => {
  const search = async (q?: string, size?: number) => {
    const params = new URLSearchParams();
    if (q !== undefined) params.set('q', q);
    if (size !== undefined) params.set('size', String(size));
    return client.get(`search?${params}`);
  };
  const ids = async (q?: string, size?: number) => {
    const response = await search(q, size);
    expect(response.status).toBe(200);
    return ((await body(response)).results as Json[]).map((row) => row._id);
  };

  it('returns rows in the documented shape, newest first, finished scans only', async () => {
    const older = api.seedScan({ url: 'https://example.com/older', finishedAgoMs: 120_000 });
    const newer = api.seedScan({ url: 'https://malicious.example.net/newer', finishedAgoMs: 1_000 });
    await client.submitUrl('https://example.com/still-running');
    const response = await search();
    const { results } = await body(response);
    expect(results.map((row: Json) => row._id)).toEqual([newer, older]);
    expect(results[0]).toEqual({
      _id: newer,
      page: {
        asn: 'AS64510',
        country: 'SC',
        ip: expect.stringMatching(/^203\.0\.113\./),
        url: 'https://malicious.example.net/newer',
      },
      result: `${client.root}/result/${newer}`,
      stats: { requests: 2, dataLength: expect.any(Number), uniqIPs: 2, uniqCountries: 2 },
      task: {
        time: expect.any(String),
        url: 'https://malicious.example.net/newer',
        uuid: newer,
        visibility: 'public',
      },
      verdicts: { malicious: true },
    });
  });

  it('matches task.url exactly, with the URL quoted', async () => {
    const wanted = api.seedScan({ url: 'https://example.com/a?x=1' });
    api.seedScan({ url: 'https://example.com/a' });
    expect(await ids('task.url:"https://example.com/a?x=1"')).toEqual([wanted]);
  });

  it('tells page.domain (the page) from domain (any request)', async () => {
    const a = api.seedScan({ url: 'https://a.example.com/' });
    const b = api.seedScan({ url: 'https://b.example.com/', finishedAgoMs: 1000 });
    expect(await ids('page.domain:a.example.com')).toEqual([a]);
    expect(await ids('domain:a.example.com')).toEqual([a]);
    expect(await ids('domain:cdnjs.cloudflare.com')).toEqual([b, a]);
    expect(await ids('page.domain:cdnjs.cloudflare.com')).toEqual([]);
  });

  it('filters by verdicts.malicious', async () => {
    const bad = api.seedScan({ url: 'https://phish.example.com/' });
    const good = api.seedScan({ url: 'https://example.com/' });
    expect(await ids('verdicts.malicious:true')).toEqual([bad]);
    expect(await ids('verdicts.malicious:false')).toEqual([good]);
  });

  it('filters by date relative to now', async () => {
    const recent = api.seedScan({ url: 'https://example.com/recent', finishedAgoMs: 60_000 });
    const old = api.seedScan({ url: 'https://example.com/old', finishedAgoMs: 2 * 86_400_000 });
    expect(await ids('date:>now-1d')).toEqual([recent]);
    expect(await ids('date:<now-1d')).toEqual([old]);
    expect(await ids('date:>now-30s')).toEqual([]);
    expect(await ids('date:>now-3d')).toEqual([recent, old]);
  });

  it('shows own unlisted scans and public ones, never another account’s unlisted scans', async () => {
    const mine = api.seedScan({
      url: 'https://example.com/mine',
      visibility: 'unlisted',
      finishedAgoMs: 1000,
    });
    const theirsPublic = api.seedScan({
      url: 'https://example.com/theirs',
      otherAccount: true,
      finishedAgoMs: 2000,
    });
    api.seedScan({ url: 'https://example.com/hidden', visibility: 'unlisted', otherAccount: true });
    expect(await ids()).toEqual([mine, theirsPublic]);
    expect(await ids('apikey:me')).toEqual([mine]);
    expect(await ids('page.url:"https://example.com/hidden"')).toEqual([]);
  });

  it('combines terms with AND binding tighter than OR, and parentheses', async () => {
    const safeA = api.seedScan({ url: 'https://a.example.com/', finishedAgoMs: 1000 });
    const badA = api.seedScan({ url: 'https://a.example.com/phish', finishedAgoMs: 2000 });
    const badB = api.seedScan({ url: 'https://b.example.com/phish', finishedAgoMs: 3000 });
    expect(await ids('page.domain:a.example.com AND verdicts.malicious:true')).toEqual([badA]);
    expect(
      await ids('page.domain:b.example.com OR page.domain:a.example.com AND verdicts.malicious:false'),
    ).toEqual([safeA, badB]);
    expect(
      await ids('(page.domain:b.example.com OR page.domain:a.example.com) AND verdicts.malicious:true'),
    ).toEqual([badA, badB]);
  });

  it('limits the row count with size (default 100)', async () => {
    for (let i = 0; i < 105; i++) api.seedScan({ url: `https://example.com/${i}`, finishedAgoMs: 1000 + i });
    expect(await ids()).toHaveLength(100);
    expect(await ids(undefined, 3)).toHaveLength(3);
  });

  it.each([
    ['an unterminated quote', 'task.url:"https://example.com/'],
    ['a dangling operator', 'page.domain:example.com AND'],
    ['a bare word', 'example.com'],
    ['an unclosed parenthesis', '(page.domain:example.com'],
    ['a non-boolean verdict', 'verdicts.malicious:maybe'],
    ['an unreadable date', 'date:>yesterday'],
  ])('refuses %s with 400 shape A', async (_name, q) => {
    const response = await search(q);
    expect(response.status).toBe(400);
    const json = await body(response);
    expect(json.status).toBe(400);
    expect(json.errors[0].detail).toMatch(/Invalid search query/);
  });

  it('refuses a size outside 1..10000 with 400', async () => {
    expect((await search(undefined, 0)).status).toBe(400);
    expect((await search(undefined, 10_001)).status).toBe(400);
    expect((await search(undefined, 10_000)).status).toBe(200);
  });
});
