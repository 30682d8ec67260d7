import { randomUUID } from 'node:crypto';
import { domFor } from '../mock-api/dom';
import { BAD_JSON } from '../mock-api/loopback-server';
import { json, png, text } from '../mock-api/responses';
import { screenshotPng } from '../mock-api/screenshot';
import { profileFor } from '../mock-api/site-profile';
import type { MockResponse } from '../mock-api/types';
import { apiError, noRoute, notFinished, validationError } from './errors';
import type { RateLimits } from './rate-limits';
import { type BuiltScan, buildScan, urlsFor } from './result';
import type { RouteMatch } from './routes';
import { runSearch } from './search-handler';
import { parseSubmission } from './submission';
import type { UrlscanRecord } from './types';

export interface MockState {
  baseUrl: string;
  scanDurationMs: number;
  limits: RateLimits;
  /** Scans by uuid; `mine` says whether our API key submitted them. */
  scans: Map<string, { scan: UrlscanRecord; mine: boolean }>;
  built: Map<string, BuiltScan>;
}

export interface Call {
  match: RouteMatch;
  query: URLSearchParams;
  body: unknown;
  now: number;
  /** Whether the request carried a valid key (some routes also answer anonymously). */
  authenticated: boolean;
}

export function builtOf(state: MockState, scan: UrlscanRecord): BuiltScan {
  let built = state.built.get(scan.uuid);
  if (!built) {
    built = buildScan(scan, urlsFor(state.baseUrl));
    state.built.set(scan.uuid, built);
  }
  return built;
}

/** The answer urlscan.io would give, with no faults involved. */
export function handle(state: MockState, call: Call): MockResponse {
  switch (call.match.route) {
    case 'submit':
      return submit(state, call);
    case 'result':
      return withFinished(state, call, (scan) => json(200, builtOf(state, scan).result));
    case 'screenshot':
      return withFinished(state, call, (scan) => {
        const built = builtOf(state, scan);
        if (built.outcome === 'unreachable') return apiError(404, 'Screenshot not found');
        const colour = built.outcome === 'clean' ? 'safe' : built.outcome;
        return png(screenshotPng(colour, 'desktop'));
      });
    case 'dom':
      return withFinished(state, call, (scan) => {
        if (builtOf(state, scan).outcome === 'unreachable') return apiError(404, 'DOM not found');
        return text(200, domFor(profileFor(scan.url)));
      });
    case 'search': {
      const docs = [...state.scans.values()].map(({ scan, mine }) => ({
        scan,
        mine,
        built: builtOf(state, scan),
      }));
      return runSearch(docs, call.query, call.now);
    }
    case 'quotas':
      return quotas(state, call);
    case 'other':
      return noRoute();
  }
}

/** Public scans are anyone's to read; unlisted and private ones only their submitter's. */
function withFinished(state: MockState, call: Call, answer: (scan: UrlscanRecord) => MockResponse) {
  const entry = call.match.uuid === undefined ? undefined : state.scans.get(call.match.uuid.toLowerCase());
  if (!entry || (!entry.mine && entry.scan.visibility !== 'public')) return notFinished();
  if (call.now < entry.scan.readyAt) return notFinished();
  return answer(entry.scan);
}

function submit(state: MockState, call: Call): MockResponse {
  if (call.body === BAD_JSON) return validationError('The request body is not valid JSON.');
  const parsed = parseSubmission(call.body);
  if (!parsed.ok) return parsed.error;
  const { submission } = parsed;
  const scan: UrlscanRecord = {
    ...submission,
    uuid: randomUUID(),
    submittedAt: call.now,
    readyAt: call.now + state.scanDurationMs,
  };
  state.scans.set(scan.uuid, { scan, mine: true });
  return json(200, {
    message: 'Submission successful',
    uuid: scan.uuid,
    result: `https://urlscan.io/result/${scan.uuid}/`,
    api: `${state.baseUrl}/api/v1/result/${scan.uuid}/`,
    visibility: scan.visibility,
    options: scan.customagent === undefined ? {} : { useragent: scan.customagent },
    url: scan.url,
  });
}

function quotas(state: MockState, call: Call): MockResponse {
  const period = (limit: number, used: number) => ({
    limit,
    used,
    remaining: Math.max(0, limit - used),
    percent: Math.round((used / limit) * 1000) / 10,
  });
  const actions = ['public', 'unlisted', 'private', 'retrieve', 'search'] as const;
  const limits = Object.fromEntries(
    actions.map((action) => {
      const { limit, used } = state.limits.used(action, call.now);
      return [
        action,
        { minute: period(limit, used), hour: period(limit * 10, used), day: period(limit * 100, used) },
      ];
    }),
  );
  // Without a key urlscan.io answers with the caller's IP-wide quota.
  return json(200, { scope: call.authenticated ? 'user' : 'ip-address', limits });
}
