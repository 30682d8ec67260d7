// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MockApi } from './server';
import { readJson as body, type Client, useMockApiInTests } from './test-client';

const DURATION = 50;
let api: MockApi;
let client: Client;

useMockApiInTests(DURATION, (started, startedClient) => {
  api = started;
  client = startedClient;
});

describe('injected faults', () => {
  it('429 carries Retry-After and a shape A body, then the next request is normal', async () => {
    api.injectFault({ route: 'submit', status: 429, retryAfterSeconds: 7 });
    const limited = await client.submit({ url: 'https://example.com/' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    const json = await body(limited);
    expect(json).toMatchObject({ status: 429, errors: [{ status: 429 }] });
    expect(json.description).toMatch(/7 seconds/);
    expect(api.scans()).toHaveLength(0);
    expect((await client.submit({ url: 'https://example.com/' })).status).toBe(200);
  });

  it('409 is shape A with a description', async () => {
    api.injectFault({ route: 'submit', status: 409 });
    const response = await client.submit({ url: 'https://example.com/' });
    expect(response.status).toBe(409);
    const json = await body(response);
    expect(json.status).toBe(409);
    expect(typeof json.description).toBe('string');
  });

  it.each([500, 502, 503])('%i is a shape B envelope', async (status) => {
    api.injectFault({ route: 'result', status });
    const uuid = api.seedScan({ url: 'https://example.com/' });
    const response = await client.get(`result/${uuid}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await body(response)).toEqual({
      success: false,
      errors: [{ code: expect.any(Number), message: expect.any(String) }],
      messages: [],
      result: null,
    });
  });

  it('401 and 403 look like the real authentication failures', async () => {
    api.injectFault({ route: 'search', status: 401 });
    api.injectFault({ route: 'search', status: 403 });
    expect((await body(await client.get('search'))).errors[0].code).toBe(10001);
    expect((await body(await client.get('search'))).errors[0].code).toBe(10000);
  });

  it('malformed-json answers 200 with a body that does not parse', async () => {
    api.injectFault({ route: 'result', body: 'malformed-json' });
    const uuid = api.seedScan({ url: 'https://example.com/' });
    const response = await client.get(`result/${uuid}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('schema-drift on result answers 200 with a string verdict and no task.uuid', async () => {
    api.injectFault({ route: 'result', body: 'schema-drift' });
    const uuid = api.seedScan({ url: 'https://example.com/' });
    const response = await client.get(`result/${uuid}`);
    expect(response.status).toBe(200);
    const json = await body(response);
    expect(json.verdicts.overall.malicious).toBe('yes');
    expect(json.task).not.toHaveProperty('uuid');
  });

  it('schema-drift on submit answers 200 without a uuid field', async () => {
    api.injectFault({ route: 'submit', body: 'schema-drift' });
    const response = await client.submit({ url: 'https://example.com/' });
    expect(response.status).toBe(200);
    const json = await body(response);
    expect(json).not.toHaveProperty('uuid');
    expect(json.message).toBe('Submission successful');
  });

  it('delayMs holds a normal answer back', async () => {
    api.injectFault({ route: 'search', delayMs: 150 });
    const started = Date.now();
    const response = await client.get('search');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ results: [] });
  });

  it('connection "drop" closes the connection unanswered, so fetch fails as on a network error', async () => {
    api.injectFault({ route: 'submit', connection: 'drop', times: 2 });
    await expect(client.submit({ url: 'https://example.com/' })).rejects.toThrow(TypeError);
    await expect(client.submit({ url: 'https://example.com/' })).rejects.toThrow(TypeError);
    expect(api.scans()).toHaveLength(0);
    expect(api.counts().submit).toBe(2);
    expect((await client.submit({ url: 'https://example.com/' })).status).toBe(200);
  });

  it('applies to exactly `times` matching requests, and only on its route', async () => {
    api.injectFault({ route: 'search', status: 500, times: 2 });
    const uuid = api.seedScan({ url: 'https://example.com/' });
    expect((await client.get(`result/${uuid}`)).status).toBe(200);
    expect((await client.get('search')).status).toBe(500);
    expect((await client.get('search')).status).toBe(500);
    expect((await client.get('search')).status).toBe(200);
  });

  it('with route "any" hits whatever comes next', async () => {
    api.injectFault({ route: 'any', status: 503 });
    expect((await client.get('dom/anything')).status).toBe(503);
    expect((await client.get('dom/anything')).status).toBe(404);
  });

  it('are not used up by unauthenticated requests', async () => {
    api.injectFault({ route: 'search', status: 500 });
    expect((await client.get('search', {})).status).toBe(400);
    expect((await client.get('search')).status).toBe(500);
  });

  it('clearFaults drops queued faults', async () => {
    api.injectFault({ route: 'search', status: 500, times: 5 });
    api.clearFaults();
    expect((await client.get('search')).status).toBe(200);
  });
});
