import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { createFaultQueue } from '../mock-api/faults';
import { BAD_JSON, parseJsonBody, startLoopbackServer } from '../mock-api/loopback-server';
import { flattenHeaders, readBody } from '../mock-api/request-io';
import { failure, json, scanAnswer } from './responses';
import type {
  MockAnswer,
  MockScanUrl,
  MockScanUrlFault,
  MockScanUrlOptions,
  RecordedScanUrlRequest,
} from './types';

export type { MockScanUrl, MockScanUrlFault, MockScanUrlOptions, RecordedScanUrlRequest } from './types';
export { VERDICT_HINT } from './verdict';

export const SCAN_PATH = '/api/apikey/v1/url-scan';
function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function faultAnswer(fault: MockScanUrlFault): MockAnswer | undefined {
  if ('malformed' in fault) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"success": true, "data": {',
    };
  }
  if ('limit' in fault) {
    // docs.scanurl.ai rate limits page: `{success: false, message: "Rate limit exceeded"}`, no status given.
    // Unverified: the status (200 by default here, the least convenient) and the spent-credits message.
    const message = fault.limit === 'rate' ? 'Rate limit exceeded' : 'Insufficient credits';
    const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
    return json(fault.status ?? 200, { success: false, message }, headers);
  }
  if (!('status' in fault)) return undefined;
  if (typeof fault.body === 'string')
    return { status: fault.status, headers: fault.headers ?? {}, body: fault.body };
  return json(
    fault.status,
    fault.body ?? { success: false, message: `Injected HTTP ${fault.status}` },
    fault.headers,
  );
}

/** Starts a faithful stand-in for ScanURL's API (seed 003) on 127.0.0.1, on a random port. */
export async function startMockScanUrl(options: MockScanUrlOptions = {}): Promise<MockScanUrl> {
  const apiKey = options.apiKey ?? 'mock-scanurl-key';
  // One route: every fault applies to the next scan request.
  const faults = createFaultQueue<MockScanUrlFault, 'scan'>();
  // Set once the server listens, before any request can arrive.
  let lifetime: AbortSignal | undefined;
  let log: RecordedScanUrlRequest[] = [];

  // Auth first, as the gateway would; then a queued fault, so a test's fault reaches an accepted call.
  async function answer(req: IncomingMessage, path: string, body: unknown): Promise<MockAnswer> {
    if (req.method !== 'POST' || path !== SCAN_PATH) return failure(404, 'Route not found');
    if (req.headers['x-api-key'] !== apiKey) return failure(401, 'Invalid or missing API key');
    const fault = faults.take();
    const delayMs = fault && 'delayMs' in fault ? fault.delayMs : options.delayMs;
    if (delayMs) await sleep(delayMs, undefined, { signal: lifetime });
    const injected = fault && faultAnswer(fault);
    if (injected) return injected;
    const url = body && typeof body === 'object' ? (body as { url?: unknown }).url : undefined;
    if (!isWebUrl(url)) return failure(400, 'A valid URL is required');
    return scanAnswer(url);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://mock').pathname;
    const raw = await readBody(req);
    const body = parseJsonBody(raw);
    const entry: RecordedScanUrlRequest = {
      method: req.method ?? 'GET',
      path,
      headers: flattenHeaders(req.headers),
      ...(raw === '' ? {} : { body: body === BAD_JSON ? raw : body }),
      at: Date.now(),
    };
    log.push(entry);
    const reply = await answer(req, path, body);
    entry.status = reply.status;
    // A delayed answer may outlive its client (timeout) or the server (close()).
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(reply.status, {
      ...reply.headers,
      'content-length': String(Buffer.byteLength(reply.body)),
    });
    res.end(reply.body);
  }

  const server = await startLoopbackServer('mock-scanurl', (req, res) => serve(req, res), options.port);
  lifetime = server.signal;

  return {
    baseUrl: server.origin,
    apiKey,
    close: () => server.close(),
    requests: () => [...log],
    injectFault: (fault) => faults.add(fault),
    reset() {
      faults.clear();
      log = [];
    },
  };
}
