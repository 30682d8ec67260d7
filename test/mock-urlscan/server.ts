import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultQueue } from '../mock-api/faults';
import { flattenHeaders, readBody, writeResponse } from '../mock-api/request-io';
import { dispatch } from './dispatch';
import { BAD_JSON, type MockState } from './handlers';
import { createRateLimits } from './rate-limits';
import { matchRoute } from './routes';
import type {
  MockUrlscan,
  MockUrlscanOptions,
  RecordedRequest,
  UrlscanFault,
  UrlscanRecord,
  UrlscanRoute,
} from './types';

export type { MockUrlscan, MockUrlscanOptions, RecordedRequest, SeedUrlscan, UrlscanFault } from './types';

const ROUTES: readonly UrlscanRoute[] = ['submit', 'result', 'screenshot', 'search', 'quotas', 'other'];

/** Starts a faithful stand-in for the urlscan.io API on 127.0.0.1 (random port unless given). */
export async function startMockUrlscan(options: MockUrlscanOptions = {}): Promise<MockUrlscan> {
  const apiKey = options.apiKey ?? 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607';
  const faults = createFaultQueue<UrlscanFault, UrlscanRoute>();
  const lifetime = new AbortController();
  let log: RecordedRequest[] = [];
  const state: MockState = {
    baseUrl: '',
    scanDurationMs: checkDuration(options.scanDurationMs ?? 3000),
    limits: createRateLimits(options.perMinute),
    scans: new Map(),
    built: new Map(),
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // An aborted delay (close() during a slow answer) is expected; anything else is a mock bug.
      if (!lifetime.signal.aborted) console.error('[mock-urlscan]', error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const at = Date.now();
    const url = new URL(req.url ?? '/', state.baseUrl);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const headers = flattenHeaders(req.headers);
    const body = parseJson(raw);
    const match = matchRoute(method, url.pathname);
    const entry: RecordedRequest = {
      method,
      route: match.route,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      ...(raw === '' ? {} : { body: body === BAD_JSON ? raw : body }),
      at,
    };
    log.push(entry);
    const call = { match, query: url.searchParams, body, now: at };
    const response = await dispatch(state, faults, call, headers['api-key'], apiKey, lifetime.signal);
    entry.status = response.drop ? 0 : response.status;
    writeResponse(res, response);
  }

  return {
    get baseUrl() {
      return state.baseUrl;
    },
    apiKey,
    close() {
      lifetime.abort();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
    requests: () => [...log],
    counts() {
      const counts = Object.fromEntries(ROUTES.map((route) => [route, 0])) as Record<UrlscanRoute, number>;
      for (const request of log) counts[request.route] += 1;
      return counts;
    },
    injectFault: (fault) => faults.add(fault),
    seedScan(seed) {
      const url = new URL(seed.url);
      // `ageMs` is the age of `task.time`, the moment the scan started.
      const now = Date.now();
      const submittedAt = now - (seed.ageMs ?? 60_000);
      const scan: UrlscanRecord = {
        uuid: randomUUID(),
        url: url.href,
        visibility: seed.visibility ?? 'public',
        submittedAt,
        readyAt: Math.min(now, submittedAt + state.scanDurationMs),
        tags: [],
        ...(seed.malicious === undefined ? {} : { malicious: seed.malicious }),
      };
      // Someone else's scan: visible to us only when public.
      state.scans.set(scan.uuid, { scan, mine: false });
      return scan.uuid;
    },
    scans: () => [...state.scans.values()].map(({ scan }) => scan),
    reset() {
      state.scans.clear();
      state.built.clear();
      state.limits.reset();
      faults.clear();
      log = [];
    },
  };
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return BAD_JSON;
  }
}

function checkDuration(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`scanDurationMs must be ≥ 0, got ${ms}`);
  return ms;
}
