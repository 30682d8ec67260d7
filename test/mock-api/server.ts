import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Credentials } from './auth';
import { dispatch, type Pipeline } from './dispatch';
import { createFaultQueue } from './faults';
import type { Report } from './fixture';
import { BAD_JSON, type Call, type HandlerContext } from './handlers';
import { createRateLimits } from './rate-limits';
import { buildReport } from './report';
import { flattenHeaders, readBody, writeResponse } from './request-io';
import { matchRoute } from './routes';
import { createScanStore, summarize } from './scan-store';
import { scannerUrls } from './scanner-urls';
import { seedRecord } from './seed';
import type { MockApi, MockApiOptions, MockFault, MockRoute, RateLimitKind, RecordedRequest } from './types';

export type {
  MockApi,
  MockApiOptions,
  MockFault,
  MockRoute,
  RateLimitKind,
  RateLimitOptions,
  RecordedRequest,
  ScanSummary,
  SeedScan,
} from './types';

const ROUTES: readonly MockRoute[] = ['submit', 'result', 'screenshot', 'search', 'har', 'dom', 'other'];

/** Starts a faithful stand-in for the Cloudflare URL Scanner v2 API on 127.0.0.1. */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const creds: Credentials = {
    accountId: options.accountId ?? 'mock-account',
    token: options.token ?? 'mock-token',
    email: options.email ?? 'mock@example.com',
    globalKey: options.globalKey ?? 'mock-global-key',
  };
  let scanDurationMs = checkDuration(options.scanDurationMs ?? 3000);
  const store = createScanStore();
  const faults = createFaultQueue<MockFault, MockRoute>();
  const limits = createRateLimits(options.rateLimits);
  const reports = new Map<string, Report>();
  let log: RecordedRequest[] = [];
  const lifetime = new AbortController();

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // An aborted delay (close() during a slow answer) is expected; anything else is a mock bug.
      if (!lifetime.signal.aborted) console.error('[mock-api]', error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const baseUrl = `${origin}/client/v4`;
  const urls = scannerUrls(baseUrl, creds.accountId);

  const ctx: HandlerContext = {
    accountId: creds.accountId,
    plan: options.plan ?? 'paid',
    scanDurationMs: () => scanDurationMs,
    store,
    limits,
    urls,
    reportOf(scan) {
      let report = reports.get(scan.uuid);
      if (!report) {
        report = buildReport(scan, urls);
        reports.set(scan.uuid, report);
      }
      return report;
    },
  };
  const pipeline: Pipeline = { creds, faults, ctx, signal: lifetime.signal };

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const at = Date.now();
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const match = matchRoute(method, url.pathname);
    const headers = flattenHeaders(req.headers);
    const body = parseJson(raw);
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
    const call: Call = { match, query: url.searchParams, body, now: at };
    const response = await dispatch(pipeline, call, headers);
    entry.status = response.drop ? 0 : response.status;
    if (response.limited) entry.limited = response.limited;
    writeResponse(res, response);
  }

  return {
    origin,
    baseUrl,
    ...creds,
    close() {
      lifetime.abort();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
    setScanDuration(ms) {
      scanDurationMs = checkDuration(ms);
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    seedScan(seed) {
      const ownerAccountId = seed.otherAccount ? `not-${creds.accountId}` : creds.accountId;
      const scan = seedRecord(seed, ownerAccountId, scanDurationMs, Date.now());
      store.add(scan);
      return scan.uuid;
    },
    requests: () => [...log],
    counts() {
      const counts = Object.fromEntries(ROUTES.map((route) => [route, 0])) as Record<MockRoute, number>;
      for (const request of log) counts[request.route] += 1;
      return counts;
    },
    overRate() {
      const counts: Record<RateLimitKind, number> = { 'submit-rate': 0, 'account-limit': 0 };
      for (const request of log) if (request.limited) counts[request.limited] += 1;
      return counts;
    },
    scans: () => store.all().map(summarize),
    reset() {
      store.clear();
      limits.reset();
      reports.clear();
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
