import { json } from '../mock-api/responses';
import type { MockResponse } from '../mock-api/types';
import type { UrlscanRoute } from './types';

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
