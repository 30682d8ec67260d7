import { json } from '../mock-api/responses';
import type { MockResponse } from '../mock-api/types';
import type { UrlscanFault, UrlscanRoute } from './types';

// The Cloudflare mock's fault queue is typed to its own routes, so this is its urlscan.io twin.

export interface FaultQueue {
  add(fault: UrlscanFault): void;
  clear(): void;
  /** The first queued fault for `route`, counting one use of it. */
  take(route: UrlscanRoute): UrlscanFault | undefined;
}

export function createFaultQueue(): FaultQueue {
  let queue: { fault: UrlscanFault; remaining: number }[] = [];
  return {
    add(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`fault.times must be ≥ 1, got ${times}`);
      queue.push({ fault: { ...fault }, remaining: times });
    },
    clear() {
      queue = [];
    },
    take(route) {
      const index = queue.findIndex(({ fault }) => fault.route === 'any' || fault.route === route);
      const entry = queue[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue.splice(index, 1);
      return entry.fault;
    },
  };
}

/** 200 with a body cut off mid-value, as a dropped proxy connection might leave it. */
export function malformedJson(): MockResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"uuid":"0196d976-07f6-' };
}

/** An HTML page (a captive portal, a proxy's error page) where JSON or an image was expected. */
export function htmlPage(status: number): MockResponse {
  return { status, headers: { 'content-type': 'text/html' }, body: '<html><body>Bad gateway</body></html>' };
}

/** 200 whose shape changed under the client: the ids it acts on moved or changed type. */
export function drift(route: UrlscanRoute, answer: MockResponse): MockResponse {
  if (route === 'screenshot') return json(200, { screenshot: 'moved', format: 'png' });
  if (answer.status !== 200 || typeof answer.body !== 'string') return answer;
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  if (route === 'submit') {
    const { uuid, ...rest } = body;
    return json(200, { ...rest, scan_id: uuid });
  }
  if (route === 'result') {
    const task = { ...(body.task as Record<string, unknown>), uuid: undefined };
    return json(200, { ...body, task, verdicts: { overall: { malicious: 'yes', score: '100' } } });
  }
  if (route === 'search') return json(200, { hits: body.results, total: body.total });
  return json(200, { unexpected: true });
}
