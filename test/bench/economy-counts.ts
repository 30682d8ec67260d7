import type { MockApi } from '../mock-api/server';

/** What one client asked of the API during the session, read from its mock's request log. */
export interface ApiUse {
  /** `POST scan` requests, accepted or not. */
  submits: number;
  /** Scans the mock started for the client (its accepted submits). */
  scansStarted: number;
  searches: number;
  /** Every `GET result/{id}`, of the client's own scans and of reused ones. */
  results: number;
  /** `GET result/{id}` of scans the client itself submitted, per such scan. */
  pollsPerSubmittedScan: number;
  screenshots: number;
  total: number;
  /** Requests the mock refused for going over the account's limits (scan rate or account-wide). */
  overRate: number;
  /** The shortest time between two submits' arrivals (Infinity with fewer than two). */
  closestSubmitsMs: number;
}

const RESULT_PATH = /\/result\/([^/]+)$/;

/** `seeded`: the ids of the scans planted before the session, which the client did not submit. */
export function apiUse(api: MockApi, seeded: ReadonlySet<string>): ApiUse {
  const requests = api.requests();
  const own = new Set(
    api
      .scans()
      .map((scan) => scan.uuid)
      .filter((uuid) => !seeded.has(uuid)),
  );
  const ofRoute = (route: string) => requests.filter((request) => request.route === route);
  const ownPolls = ofRoute('result').filter((request) => own.has(RESULT_PATH.exec(request.path)?.[1] ?? ''));
  const over = api.overRate();
  const submitTimes = ofRoute('submit').map((request) => request.at);
  const gaps = submitTimes.slice(1).map((at, i) => at - (submitTimes[i] ?? at));
  return {
    submits: ofRoute('submit').length,
    scansStarted: own.size,
    searches: ofRoute('search').length,
    results: ofRoute('result').length,
    pollsPerSubmittedScan: own.size === 0 ? 0 : ownPolls.length / own.size,
    screenshots: ofRoute('screenshot').length,
    total: requests.length,
    overRate: over['submit-rate'] + over['account-limit'],
    closestSubmitsMs: Math.min(...gaps),
  };
}
