import { inflateSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type MockApi, startMockApi } from './server';

// Helpers for the mock's own tests: a tiny client over the real global fetch, and a PNG reader.

// biome-ignore lint/suspicious/noExplicitAny: assertions walk loosely typed JSON bodies.
export type Json = any;

export const readJson = async (response: Response): Promise<Json> => response.json();
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Client {
  root: string;
  headers: Record<string, string>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  submit(body: unknown, headers?: Record<string, string>): Promise<Response>;
  submitUrl(url: string, extra?: Record<string, unknown>): Promise<string>;
  waitForResult(uuid: string, timeoutMs?: number): Promise<Response>;
}

export function clientFor(api: MockApi): Client {
  const root = `${api.baseUrl}/accounts/${api.accountId}/urlscanner/v2`;
  const headers = { authorization: `Bearer ${api.token}` };
  const client: Client = {
    root,
    headers,
    get: (path, extra = headers) => fetch(`${root}/${path}`, { headers: extra }),
    submit: (body, extra = headers) =>
      fetch(`${root}/scan`, {
        method: 'POST',
        headers: { ...extra, 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async submitUrl(url, extra = {}) {
      const response = await client.submit({ url, ...extra });
      if (response.status !== 200)
        throw new Error(`submit failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { uuid: string }).uuid;
    },
    async waitForResult(uuid, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const response = await client.get(`result/${uuid}`);
        if (response.status !== 404 || Date.now() > deadline) return response;
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
  return client;
}

export interface DecodedPng {
  width: number;
  height: number;
  chunkTypes: string[];
  crcValid: boolean;
  /** RGB of one pixel; only colour type 2 with filter 0 rows, which is what the mock writes. */
  pixel(x: number, y: number): [number, number, number];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(bytes: Buffer): DecodedPng {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  const chunkTypes: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  let crcValid = true;
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    crcValid &&= crc === crc32(bytes.subarray(offset + 4, offset + 8 + length));
    chunkTypes.push(type);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3 + 1;
  return {
    width,
    height,
    chunkTypes,
    crcValid,
    pixel(x, y) {
      const at = y * stride + 1 + x * 3;
      return [raw[at] ?? -1, raw[at + 1] ?? -1, raw[at + 2] ?? -1];
    },
  };
}

// An independent CRC-32 (PNG spec, Annex D), so the check does not trust the encoder's own zlib call.
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Starts one mock server for a test file (handing it and a client to `onStart`), resets it after each
 * test and stops it at the end.
 */
export function useMockApiInTests(durationMs: number, onStart: (api: MockApi, client: Client) => void): void {
  let api: MockApi | undefined;
  beforeAll(async () => {
    api = await startMockApi({ scanDurationMs: durationMs });
    onStart(api, clientFor(api));
  });
  afterEach(() => {
    api?.reset();
    api?.setScanDuration(durationMs);
  });
  afterAll(() => api?.close());
}
