import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFaultQueue } from '../mock-api/faults';
import { checkDuration, readRequest, startLoopbackServer } from '../mock-api/loopback-server';
import { writeResponse } from '../mock-api/request-io';
import { dispatch } from './dispatch';
import type { MockState } from './handlers';
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

const ROUTES: readonly UrlscanRoute[] = [
  'submit',
  'result',
  'screenshot',
  'dom',
  'search',
  'quotas',
  'other',
];

/** Starts a faithful stand-in for the urlscan.io API on 127.0.0.1 (random port unless given). */
export async function startMockUrlscan(options: MockUrlscanOptions = {}): Promise<MockUrlscan> {
  const apiKey = options.apiKey ?? 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607';
  const faults = createFaultQueue<UrlscanFault, UrlscanRoute>();
  let log: RecordedRequest[] = [];
  const state: MockState = {
    baseUrl: '',
    scanDurationMs: checkDuration(options.scanDurationMs ?? 3000),
    limits: createRateLimits(options.perMinute),
    scans: new Map(),
    built: new Map(),
  };

  const server = await startLoopbackServer('mock-urlscan', (req, res) => serve(req, res), options.port);
  state.baseUrl = server.origin;

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const { entry, match, query, headers, body, at } = await readRequest(req, state.baseUrl, matchRoute);
    log.push(entry);
    const call = { match, query, body, now: at };
    const response = await dispatch(state, faults, call, headers['api-key'], apiKey, server.signal);
    entry.status = response.drop ? 0 : response.status;
    writeResponse(res, response);
  }

  return {
    get baseUrl() {
      return state.baseUrl;
    },
    apiKey,
    close: () => server.close(),
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
