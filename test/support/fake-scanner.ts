import type { SearchHit } from '../../lib/cloudflare/api-schemas';
import type { SubmitOptions, UrlScannerClient } from '../../lib/cloudflare/client';
import { ScanApiError } from '../../lib/cloudflare/errors';
import { scanReportSchema } from '../../lib/cloudflare/result-schema';
import { type ReportOutcome, reportFor } from './seed-report';

export interface FakeClock {
  now(): number;
  set(time: number): void;
  advance(ms: number): void;
}

export function createFakeClock(start = Date.parse('2026-11-23T10:00:00Z')): FakeClock {
  let time = start;
  return {
    now: () => time,
    set: (t) => {
      time = Math.max(time, t);
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

type Route = 'submit' | 'result' | 'search' | 'screenshot';

/**
 * An in-memory URL Scanner for pipeline unit tests: scans take `scanDurationMs` of fake time, the outcome
 * follows the URL (like the mock server), and errors can be queued per route.
 */
export function createFakeScanner(clock: FakeClock, scanDurationMs = 20_000) {
  const scans = new Map<string, { url: string; readyAt: number; time: string }>();
  const calls: { route: Route; at: number; arg: string; options?: SubmitOptions }[] = [];
  const queuedErrors: Partial<Record<Route, ScanApiError[]>> = {};
  const existing: SearchHit[] = [];
  let counter = 0;
  let lostAnswers = 0;
  let refusedVisibility: string | undefined;

  const outcomeOf = (url: string): ReportOutcome =>
    url.includes('phish')
      ? 'malicious'
      : url.includes('suspicious')
        ? 'suspicious'
        : url.includes('unreachable')
          ? 'failed'
          : 'safe';

  function record(route: Route, arg: string, options?: SubmitOptions) {
    calls.push({ route, at: clock.now(), arg, ...(options ? { options } : {}) });
    const error = queuedErrors[route]?.shift();
    if (error) throw error;
  }

  const api: UrlScannerClient = {
    async submit(url, options) {
      record('submit', url, options);
      if (options.visibility === refusedVisibility) {
        throw new ScanApiError('visibility-refused', `${options.visibility} scans are not available`, {
          status: 400,
          visibility: options.visibility,
        });
      }
      counter += 1;
      const uuid = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
      scans.set(uuid, {
        url,
        readyAt: clock.now() + scanDurationMs,
        time: new Date(clock.now()).toISOString(),
      });
      if (lostAnswers > 0) {
        lostAnswers -= 1;
        throw new ScanApiError('timeout', 'The API did not answer in time');
      }
      return { uuid, visibility: options.visibility.toLowerCase() };
    },
    async result(scanId) {
      record('result', scanId);
      const scan = scans.get(scanId);
      if (!scan || clock.now() < scan.readyAt)
        throw new ScanApiError('not-ready', 'Scan not found or in progress');
      return scanReportSchema.parse(reportFor(scan.url, scanId, scan.time, outcomeOf(scan.url)));
    },
    async screenshot(scanId) {
      record('screenshot', scanId);
      return new Blob([new Uint8Array(2048)], { type: 'image/png' });
    },
    async search(query) {
      record('search', query);
      // Like the real index: finished scans only, ours included.
      const finished = [...scans]
        .filter(([, scan]) => scan.readyAt <= clock.now())
        .map(
          ([uuid, scan]): SearchHit => ({
            task: { uuid, url: scan.url, time: scan.time },
            page: { url: scan.url },
          }),
        );
      const hits = [
        ...existing,
        ...finished.filter((hit) => !existing.some((e) => e.task.uuid === hit.task.uuid)),
      ];
      return hits.filter((hit) => query.includes(`"${hit.task.url}"`));
    },
    har: async () => ({ log: { entries: [] } }),
    dom: async () => '<html></html>',
  };

  return {
    api,
    calls,
    count: (route: Route) => calls.filter((c) => c.route === route).length,
    failNext(route: Route, error: ScanApiError, times = 1) {
      queuedErrors[route] = [...(queuedErrors[route] ?? []), ...Array.from({ length: times }, () => error)];
    },
    /** Every submission asking for `visibility` is refused, as a Free account refuses Unlisted. */
    refuseVisibility(visibility: string | undefined) {
      refusedVisibility = visibility;
    },
    /** The next submission starts its scan but its answer never arrives (a timeout, a dying worker). */
    loseNextSubmitAnswer() {
      lostAnswers += 1;
    },
    /** A finished scan someone already made, visible to search. */
    addExisting(url: string, finishedAgoMs: number): string {
      counter += 1;
      const uuid = `11111111-0000-4000-8000-${String(counter).padStart(12, '0')}`;
      const time = new Date(clock.now() - finishedAgoMs).toISOString();
      scans.set(uuid, { url, readyAt: clock.now() - finishedAgoMs, time });
      existing.push({ task: { uuid, url, time, visibility: 'public' }, page: { url } });
      return uuid;
    },
  };
}
