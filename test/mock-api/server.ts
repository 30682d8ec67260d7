import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Credentials } from './auth';
import { dispatch, type Pipeline } from './dispatch';
import { createFaultQueue } from './faults';
import type { Report } from './fixture';
import type { Call, HandlerContext } from './handlers';
import { checkDuration, readRequest, startLoopbackServer } from './loopback-server';
import { createRateLimits } from './rate-limits';
import { buildReport } from './report';
import { writeResponse } from './request-io';
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

  const server = await startLoopbackServer('mock-api', (req, res) => serve(req, res), options.port);
  const { origin } = server;
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
  const pipeline: Pipeline = { creds, faults, ctx, signal: server.signal };

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const { entry: read, match, query, headers, body, at } = await readRequest(req, origin, matchRoute);
    const entry: RecordedRequest = read;
    log.push(entry);
    const call: Call = { match, query, body, now: at, path: entry.path };
    const response = await dispatch(pipeline, call, headers);
    entry.status = response.drop ? 0 : response.status;
    if (response.limited) entry.limited = response.limited;
    writeResponse(res, response);
  }

  return {
    origin,
    baseUrl,
    ...creds,
    close: () => server.close(),
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
