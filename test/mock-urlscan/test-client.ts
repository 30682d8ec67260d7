import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type MockUrlscan, startMockUrlscan } from './server';

// A tiny raw client for the mock's own tests, over the real global fetch.

// biome-ignore lint/suspicious/noExplicitAny: assertions walk loosely typed JSON bodies.
export type Json = any;

export interface RawClient {
  get(path: string, key?: string | null): Promise<Response>;
  submit(body: unknown, key?: string | null): Promise<Response>;
  submitUrl(url: string, extra?: Record<string, unknown>): Promise<string>;
}

export function rawClient(mock: MockUrlscan): RawClient {
  const headers = (key: string | null | undefined): Record<string, string> =>
    key === null ? {} : { 'api-key': key ?? mock.apiKey };
  const client: RawClient = {
    get: (path, key) => fetch(`${mock.baseUrl}${path}`, { headers: headers(key) }),
    submit: (body, key) =>
      fetch(`${mock.baseUrl}/api/v1/scan/`, {
        method: 'POST',
        headers: { ...headers(key), 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async submitUrl(url, extra = {}) {
      const response = await client.submit({ url, visibility: 'unlisted', ...extra });
      if (response.status !== 200)
        throw new Error(`submit failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { uuid: string }).uuid;
    },
  };
  return client;
}

/** One mock per test file, reset between tests. */
export function useMockUrlscan(scanDurationMs: number, onStart: (mock: MockUrlscan, raw: RawClient) => void) {
  let mock: MockUrlscan | undefined;
  beforeAll(async () => {
    mock = await startMockUrlscan({ scanDurationMs, perMinute: { search: 5 } });
    onStart(mock, rawClient(mock));
  });
  beforeEach(() => mock?.reset());
  afterAll(() => mock?.close());
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
