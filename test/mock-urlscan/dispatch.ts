import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultQueue } from '../mock-api/faults';
import { BAD_JSON } from '../mock-api/loopback-server';
import type { MockResponse } from '../mock-api/types';
import { apiError, errorForStatus } from './errors';
import { drift, htmlPage, malformedJson } from './faults';
import { type Call, handle, type MockState } from './handlers';
import type { RateAction, UrlscanFault, UrlscanRoute } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Search, screenshots and quotas also answer without a key (on an IP-wide budget); scans and results don't.
const ANONYMOUS: readonly UrlscanRoute[] = ['search', 'screenshot', 'quotas'];

/** The key check, or the error to send. A malformed key is refused everywhere, even where none is needed. */
export function authenticate(key: string | undefined, expected: string, route: UrlscanRoute) {
  if (key === undefined || key === '') {
    return ANONYMOUS.includes(route)
      ? { authenticated: false }
      : { denied: apiError(401, 'API key required', 'This endpoint requires an API key (header API-Key).') };
  }
  if (!UUID.test(key)) return { denied: apiError(400, 'Invalid API key format') };
  if (key !== expected) return { denied: apiError(401, 'Unauthorized', 'The API key is not valid.') };
  return { authenticated: true };
}

function actionOf(call: Call): RateAction | undefined {
  switch (call.match.route) {
    case 'submit': {
      const visibility = (call.body as { visibility?: unknown } | undefined)?.visibility;
      return visibility === 'unlisted' || visibility === 'private' ? visibility : 'public';
    }
    case 'result':
      return 'retrieve';
    case 'search':
      return 'search';
    default:
      return undefined;
  }
}

/** Auth, then any queued fault, then the rate limit of the route's action, then the real answer. */
export async function dispatch(
  state: MockState,
  faults: FaultQueue<UrlscanFault, UrlscanRoute>,
  call: Omit<Call, 'authenticated'>,
  key: string | undefined,
  expectedKey: string,
  signal: AbortSignal,
): Promise<MockResponse & { drop?: true }> {
  const auth = authenticate(key, expectedKey, call.match.route);
  if (auth.denied) return auth.denied;
  const full: Call = { ...call, authenticated: auth.authenticated === true };
  const action = actionOf({ ...full, body: call.body === BAD_JSON ? undefined : call.body });

  const fault = faults.take(call.match.route);
  if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal });
  if (fault?.connection === 'drop') return { status: 0, headers: {}, body: '', drop: true };
  // urlscan.io's API guide asks clients to follow its 301/302s; see UrlscanFault.redirectTo.
  if (fault?.redirectTo)
    return { status: fault.status ?? 301, headers: { location: fault.redirectTo }, body: '' };
  if (fault?.body === 'html') return htmlPage(fault.status ?? 502);
  if (fault?.status === 429)
    return state.limits.refuse(action ?? 'search', call.now, fault.resetAfterSeconds);
  if (fault?.status !== undefined) return errorForStatus(fault.status);
  if (fault?.body === 'malformed-json') return malformedJson();

  const refused = action && state.limits.check(action, call.now);
  if (refused) return refused;
  const answer = handle(state, full);
  const headers = action ? state.limits.answer(action, call.now, answer.status === 200) : {};
  const withHeaders = { ...answer, headers: { ...answer.headers, ...headers } };
  return fault?.body === 'schema-drift' ? drift(call.match.route, withHeaders) : withHeaders;
}
