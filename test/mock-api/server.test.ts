// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MockApi, startMockApi } from './server';
import {
  readJson as body,
  type Client,
  clientFor,
  decodePng,
  type Json,
  sleep,
  useMockApiInTests,
} from './test-client';

const DURATION = 50;
const fixture: Json = JSON.parse(
  readFileSync(new URL('../fixtures/cloudflare/result-seed.json', import.meta.url), 'utf8'),
);
let api: MockApi;
let client: Client;

useMockApiInTests(DURATION, (started, startedClient) => {
  api = started;
  client = startedClient;
});

/** Paths of string leaves that still hold the example report's placeholder text. */
function placeholdersIn(value: Json, path = '', key = ''): string[] {
  if (typeof value === 'string') return value === key || value === 'string' ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    placeholdersIn(v, `${path}.${k}`, Array.isArray(value) ? key : k),
  );
}

describe('startMockApi', () => {
  it('listens on 127.0.0.1 with a random port and a Cloudflare-shaped base URL', () => {
    expect(api.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(api.origin).not.toBe('http://127.0.0.1:0');
    expect(api.baseUrl).toBe(`${api.origin}/client/v4`);
    expect(api).toMatchObject({
      accountId: 'mock-account',
      token: 'mock-token',
      email: 'mock@example.com',
      globalKey: 'mock-global-key',
    });
  });

  it('close() returns promptly even while a slow answer and a keep-alive connection are open', async () => {
    const other = await startMockApi();
    other.injectFault({ route: 'any', delayMs: 10_000 });
    const pending = fetch(`${other.baseUrl}/accounts/${other.accountId}/urlscanner/v2/search`, {
      headers: { authorization: `Bearer ${other.token}` },
    }).catch((error: unknown) => error);
    await sleep(30);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('authentication', () => {
  it('answers 400 shape B code 9106 without credentials', async () => {
    const response = await client.get('search', {});
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await body(response)).toEqual({
      success: false,
      errors: [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }],
      messages: [],
      result: null,
    });
  });

  it('treats an email without a key as missing credentials (9106)', async () => {
    const response = await client.get('search', { 'x-auth-email': api.email });
    expect(response.status).toBe(400);
    expect((await body(response)).errors[0].code).toBe(9106);
  });

  it('answers 400 code 6003 with 6111 in the chain for an Authorization header not in Bearer form', async () => {
    for (const authorization of ['Token mock-token', `Bearer ${api.token} extra`]) {
      const response = await client.get('search', { authorization });
      expect(response.status).toBe(400);
      expect((await body(response)).errors).toEqual([
        {
          code: 6003,
          message: 'Invalid request headers',
          error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
        },
      ]);
    }
  });

  it('answers 403 shape B with code 10000 for a wrong token', async () => {
    const response = await client.get('search', { authorization: 'Bearer not-the-token' });
    expect(response.status).toBe(403);
    expect(await body(response)).toEqual({
      success: false,
      errors: [{ code: 10000, message: 'Authentication error' }],
      messages: [],
      result: null,
    });
  });

  it('answers 403 for a wrong global key', async () => {
    const response = await client.get('search', { 'x-auth-email': api.email, 'x-auth-key': 'wrong' });
    expect(response.status).toBe(403);
    expect((await body(response)).errors[0].code).toBe(10000);
  });

  it('answers 404 shape B code 7003 for a valid token used on an account id it cannot route', async () => {
    const response = await fetch(`${api.baseUrl}/accounts/someone-else/urlscanner/v2/search`, {
      headers: client.headers,
    });
    expect(response.status).toBe(404);
    expect((await body(response)).errors).toEqual([
      {
        code: 7003,
        message:
          'Could not route to /client/v4/accounts/someone-else/urlscanner/v2/search, perhaps your object identifier is invalid?',
      },
    ]);
  });

  it('accepts the Bearer token', async () => {
    expect((await client.get('search')).status).toBe(200);
  });

  it('accepts the legacy X-Auth-Email + X-Auth-Key pair', async () => {
    const response = await client.get('search', { 'x-auth-email': api.email, 'x-auth-key': api.globalKey });
    expect(response.status).toBe(200);
  });

  it('sends no CORS headers, like the real API', async () => {
    const response = await client.get('search');
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('POST scan', () => {
  it('accepts a URL and answers with uuid, api, result, url, lower-case visibility and message', async () => {
    const response = await client.submit({ url: 'https://example.com/page' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const json = await body(response);
    expect(json.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(json).toEqual({
      uuid: json.uuid,
      api: `${client.root}/result/${json.uuid}`,
      result: `https://radar.cloudflare.com/scan/${json.uuid}/summary`,
      url: 'https://example.com/page',
      visibility: 'public',
      message: 'Submission successful',
    });
  });

  it('honours Unlisted and echoes a custom user agent under options', async () => {
    const json = await body(
      await client.submit({
        url: 'https://example.com/',
        visibility: 'Unlisted',
        customagent: 'ScanlinkTest/1',
      }),
    );
    expect(json.visibility).toBe('unlisted');
    expect(json.options).toEqual({ useragent: 'ScanlinkTest/1' });
  });

  it.each([
    ['a missing url', {}],
    ['a relative url', { url: '/just/a/path' }],
    ['a non-http url', { url: 'ftp://example.com/file' }],
    ['a non-string url', { url: 42 }],
    ['an unknown visibility', { url: 'https://example.com/', visibility: 'public' }],
    ['an unknown screenshot resolution', { url: 'https://example.com/', screenshotsResolutions: ['4k'] }],
  ])('refuses %s with 400 shape A', async (_name, payload) => {
    const response = await client.submit(payload);
    expect(response.status).toBe(400);
    const json = await body(response);
    expect(json.status).toBe(400);
    expect(typeof json.message).toBe('string');
    expect(json.errors).toEqual([{ title: 'Bad Request', detail: expect.any(String), status: 400 }]);
    expect(api.scans()).toHaveLength(0);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await client.submit('{"url": ');
    expect(response.status).toBe(400);
    expect((await body(response)).errors[0].detail).toMatch(/not valid JSON/);
  });

  it('on the free plan refuses Unlisted scans with 400, but accepts Public ones', async () => {
    const free = await startMockApi({ plan: 'free', scanDurationMs: DURATION });
    try {
      const freeClient = clientFor(free);
      const refused = await freeClient.submit({ url: 'https://example.com/', visibility: 'Unlisted' });
      expect(refused.status).toBe(400);
      expect((await body(refused)).errors[0].detail).toMatch(
        /Unlisted scans are not available on the Free plan/,
      );
      expect((await freeClient.submit({ url: 'https://example.com/' })).status).toBe(200);
    } finally {
      await free.close();
    }
  });

  it('creates a new scan for every submit of the same URL, with no implicit 409', async () => {
    const first = await client.submit({ url: 'https://example.com/again' });
    const second = await client.submit({ url: 'https://example.com/again' });
    expect([first.status, second.status]).toEqual([200, 200]);
    const [a, b] = [await body(first), await body(second)];
    expect(a.uuid).not.toBe(b.uuid);
    expect(api.scans().map((scan) => scan.uuid)).toEqual([a.uuid, b.uuid]);
  });
});

describe('GET result', () => {
  it('answers 404 with the running task until the scan is ready, then 200 with the report', async () => {
    const uuid = await client.submitUrl('https://example.com/slow');
    const running = await client.get(`result/${uuid}`);
    expect(running.status).toBe(404);
    const json = await body(running);
    expect(json).toMatchObject({
      message: 'Scan not found or in progress.',
      status: 404,
      errors: [{ title: 'Not Found', detail: 'Scan not found or in progress.', status: 404 }],
      task: { url: 'https://example.com/slow', uuid, visibility: 'public' },
    });
    expect(['Queued', 'InProgress']).toContain(json.task.status);
    expect(new Date(json.task.time).toISOString()).toBe(json.task.time);

    const done = await client.waitForResult(uuid);
    expect(done.status).toBe(200);
    expect((await body(done)).task.uuid).toBe(uuid);
  });

  it('answers 404 without a task for an unknown scan id', async () => {
    const response = await client.get('result/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    const json = await body(response);
    expect(json.message).toBe('Scan not found or in progress.');
    expect(json).not.toHaveProperty('task');
  });

  it('keeps the example report as its template: same keys at the top and in task, page, verdicts', async () => {
    const uuid = await client.submitUrl('https://www.example.org/docs');
    const report = await body(await client.waitForResult(uuid));
    const keys = (value: object) => Object.keys(value).sort();
    expect(keys(report)).toEqual(keys(fixture));
    for (const section of ['task', 'page', 'scanner', 'lists', 'stats', 'data'] as const) {
      expect(keys(report[section])).toEqual(keys(fixture[section]));
    }
    expect(keys(report.meta.processors)).toEqual(keys(fixture.meta.processors));
    expect(keys(report.verdicts.overall)).toEqual(keys(fixture.verdicts.overall));
  });

  it('fills the report in for the submitted URL and options', async () => {
    const uuid = await client.submitUrl('https://www.example.org/docs', {
      visibility: 'Unlisted',
      screenshotsResolutions: ['desktop', 'tablet'],
    });
    const report = await body(await client.waitForResult(uuid));
    expect(report.task).toMatchObject({
      uuid,
      url: 'https://www.example.org/docs',
      success: true,
      visibility: 'unlisted',
      domain: 'www.example.org',
      apexDomain: 'example.org',
      reportURL: `https://radar.cloudflare.com/scan/${uuid}/summary`,
      screenshotURL: `${client.root}/screenshots/${uuid}.png`,
      options: { screenshotsResolutions: ['desktop', 'tablet'] },
    });
    expect(new Date(report.task.time).toISOString()).toBe(report.task.time);
    expect(report.page).toMatchObject({
      url: 'https://www.example.org/docs',
      domain: 'www.example.org',
      apexDomain: 'example.org',
      status: '200',
      country: 'US',
      asn: 'AS13335',
    });
    expect(report.page.title).not.toBe('');
    expect(report.page.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(report.lists.domains).toContain('www.example.org');
    expect(report.lists.ips).toContain(report.page.ip);
    expect(report.lists.urls).toContain('https://www.example.org/docs');
    expect(report.data.requests[0].request.request.url).toBe('https://www.example.org/docs');
    expect(report.meta.processors.radarRank.data[0].hostname).toBe('example.org');
    // The template's placeholders ("uuid": "uuid", ["string"]) must all have been replaced.
    expect(placeholdersIn(fixture)).toContain('.task.uuid');
    expect(placeholdersIn(report)).toEqual([]);
  });

  it('reports a malicious verdict for URLs with "malicious" or "phish"', async () => {
    for (const url of ['https://malicious.example.com/', 'https://example.com/phishing/login']) {
      const report = await body(await client.waitForResult(await client.submitUrl(url)));
      expect(report.verdicts.overall).toMatchObject({ malicious: true, hasVerdicts: true });
      expect(report.verdicts.overall.categories).toContain('Phishing');
      expect(report.meta.processors.phishing.data).toContain('CredentialHarvester');
      expect(report.task.success).toBe(true);
    }
  });

  it('reports suspicious signals but no malicious verdict for URLs with "suspicious"', async () => {
    const report = await body(
      await client.waitForResult(await client.submitUrl('https://suspicious.example.com/')),
    );
    expect(report.verdicts.overall.malicious).toBe(false);
    expect(report.verdicts.overall.categories).toEqual([]);
    expect(report.meta.processors.phishing.data).toEqual([]);
    expect(report.meta.processors.phishing_v2.data.length).toBeGreaterThan(0);
    expect(report.meta.processors.urlCategories.data[0].risks).toContainEqual({
      id: expect.any(Number),
      name: 'New Domains',
      super_category_id: expect.any(Number),
    });
  });

  it('reports a finished but failed scan for URLs with "unreachable"', async () => {
    const report = await body(
      await client.waitForResult(await client.submitUrl('https://unreachable.example.com/')),
    );
    expect(report.task.success).toBe(false);
    expect(report.page.status).toBe('0');
    expect(report.page.title).toBe('');
    expect(report.data.requests).toEqual([]);
    expect(report.verdicts.overall.malicious).toBe(false);
  });

  it('reports a safe verdict for anything else', async () => {
    const report = await body(
      await client.waitForResult(await client.submitUrl('https://example.com/?q=phish')),
    );
    expect(report.verdicts.overall).toEqual({
      categories: [],
      hasVerdicts: false,
      malicious: false,
      tags: [],
    });
    expect(report.meta.processors.phishing.data).toEqual([]);
    expect(report.meta.processors.phishing_v2.data).toEqual([]);
    expect(report.meta.processors.urlCategories.data[0].risks).toEqual([]);
    expect(report.task.success).toBe(true);
  });

  it('hides another account’s unlisted scan (404) but serves its public one', async () => {
    const hidden = api.seedScan({
      url: 'https://example.com/secret',
      visibility: 'unlisted',
      otherAccount: true,
    });
    const shown = api.seedScan({ url: 'https://example.com/open', otherAccount: true });
    expect((await client.get(`result/${hidden}`)).status).toBe(404);
    expect((await client.get(`result/${shown}`)).status).toBe(200);
  });
});

describe('GET screenshots/{uuid}.png', () => {
  it('answers 404 while the scan runs', async () => {
    const uuid = await client.submitUrl('https://example.com/');
    const response = await client.get(`screenshots/${uuid}.png`);
    expect(response.status).toBe(404);
    expect((await body(response)).message).toBe('Scan not found or in progress.');
  });

  it('serves a valid desktop PNG by default, coloured by verdict', async () => {
    const uuid = await client.submitUrl('https://phish.example.com/');
    await client.waitForResult(uuid);
    const response = await client.get(`screenshots/${uuid}.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = decodePng(Buffer.from(await response.arrayBuffer()));
    expect(png).toMatchObject({ width: 320, height: 200, crcValid: true });
    expect(png.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(png.pixel(2, png.height - 2)).toEqual([217, 48, 37]);
  });

  it('serves each captured resolution at its own size, and 404 for one not captured', async () => {
    const uuid = await client.submitUrl('https://example.com/', {
      screenshotsResolutions: ['mobile', 'tablet'],
    });
    await client.waitForResult(uuid);
    const mobile = decodePng(
      Buffer.from(await (await client.get(`screenshots/${uuid}.png?resolution=mobile`)).arrayBuffer()),
    );
    expect([mobile.width, mobile.height]).toEqual([180, 320]);
    expect(mobile.pixel(2, mobile.height - 2)).toEqual([30, 142, 62]);
    const tablet = decodePng(
      Buffer.from(await (await client.get(`screenshots/${uuid}.png?resolution=tablet`)).arrayBuffer()),
    );
    expect([tablet.width, tablet.height]).toEqual([256, 192]);

    const desktop = await client.get(`screenshots/${uuid}.png?resolution=desktop`);
    expect(desktop.status).toBe(404);
    const json = await body(desktop);
    expect(json.status).toBe(404);
    expect(json.errors[0].detail).toMatch(/No desktop screenshot/);
  });

  it('refuses an unknown resolution with 400', async () => {
    const uuid = api.seedScan({ url: 'https://example.com/' });
    expect((await client.get(`screenshots/${uuid}.png?resolution=watch`)).status).toBe(400);
  });
});

describe('GET har and dom', () => {
  it('answer 404 while the scan runs', async () => {
    const uuid = await client.submitUrl('https://example.com/');
    expect((await client.get(`har/${uuid}`)).status).toBe(404);
    expect((await client.get(`dom/${uuid}`)).status).toBe(404);
  });

  it('serve a HAR 1.2 log of the page load', async () => {
    const uuid = api.seedScan({ url: 'https://example.com/har' });
    const response = await client.get(`har/${uuid}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const { log } = await body(response);
    expect(log.version).toBe('1.2');
    expect(log.creator).toEqual(
      expect.objectContaining({ name: expect.any(String), version: expect.any(String) }),
    );
    expect(log.pages[0].title).toBe('Welcome to example.com');
    expect(log.entries[0].request).toMatchObject({ method: 'GET', url: 'https://example.com/har' });
    expect(log.entries[0].response.status).toBe(200);
  });

  it('serve the DOM as text/plain HTML', async () => {
    const uuid = api.seedScan({ url: 'https://phish.example.com/' });
    const response = await client.get(`dom/${uuid}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>Sign in to your account</title>');
    expect(html).toContain('type="password"');
  });
});

describe('unknown routes', () => {
  it('answer 404 shape B once authenticated', async () => {
    const response = await fetch(`${client.root}/bulk`, {
      method: 'POST',
      headers: client.headers,
      body: '[]',
    });
    expect(response.status).toBe(404);
    expect(await body(response)).toMatchObject({ success: false, errors: [{ code: 7000 }], result: null });
    expect(api.counts().other).toBe(1);
  });
});

describe('introspection', () => {
  it('counts requests per route and logs each one in order', async () => {
    const uuid = await client.submitUrl('https://example.com/logged');
    await client.get(`result/${uuid}`);
    await client.get('search?q=apikey:me&size=5');
    await client.get('search', {});

    expect(api.counts()).toEqual({
      submit: 1,
      result: 1,
      screenshot: 0,
      search: 2,
      har: 0,
      dom: 0,
      other: 0,
    });
    const log = api.requests();
    expect(log.map((r) => [r.method, r.route])).toEqual([
      ['POST', 'submit'],
      ['GET', 'result'],
      ['GET', 'search'],
      ['GET', 'search'],
    ]);
    expect(log[0]).toMatchObject({
      path: `/client/v4/accounts/${api.accountId}/urlscanner/v2/scan`,
      body: { url: 'https://example.com/logged' },
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
    });
    expect(log[2]?.query).toEqual({ q: 'apikey:me', size: '5' });
    expect(log[3]?.headers.authorization).toBeUndefined();
    const times = log.map((r) => r.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('lists scans with their timing, and setScanDuration changes new scans only', async () => {
    const first = await client.submitUrl('https://example.com/one', { visibility: 'Unlisted' });
    api.setScanDuration(5000);
    const second = await client.submitUrl('https://example.com/two');
    const [one, two] = api.scans();
    expect(one).toMatchObject({ uuid: first, url: 'https://example.com/one', visibility: 'unlisted' });
    expect(one && one.readyAt - one.submittedAt).toBe(DURATION);
    expect(two).toMatchObject({ uuid: second, visibility: 'public' });
    expect(two && two.readyAt - two.submittedAt).toBe(5000);
    await sleep(DURATION + 20);
    expect((await client.get(`result/${first}`)).status).toBe(200);
    expect((await client.get(`result/${second}`)).status).toBe(404);
  });

  it('seedScan adds a finished scan that the API serves at once', async () => {
    const before = Date.now();
    const uuid = api.seedScan({ url: 'https://example.com/seeded', finishedAgoMs: 10_000 });
    const [scan] = api.scans();
    expect(scan?.readyAt).toBeLessThanOrEqual(before - 10_000 + 50);
    expect((await client.get(`result/${uuid}`)).status).toBe(200);
  });

  it('reset forgets scans, faults and requests', async () => {
    const uuid = api.seedScan({ url: 'https://example.com/' });
    api.injectFault({ route: 'result', status: 500 });
    await client.get('search');
    api.reset();
    expect(api.scans()).toEqual([]);
    expect(api.requests()).toEqual([]);
    expect(Object.values(api.counts()).every((n) => n === 0)).toBe(true);
    expect((await client.get(`result/${uuid}`)).status).toBe(404);
  });
});
