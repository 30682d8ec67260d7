import { randomUUID } from 'node:crypto';
import { domFor } from './dom';
import { badRequest, noRoute, scanNotFound, shapeA } from './errors';
import type { HandlerContext } from './handler-context';
import { buildHar } from './har';
import { BAD_JSON } from './loopback-server';
import { json, png, text } from './responses';
import type { RouteMatch } from './routes';
import { canSee, isReady } from './scan-store';
import { isResolution, screenshotPng } from './screenshot';
import { runSearch } from './search-handler';
import { profileFor } from './site-profile';
import { parseSubmission } from './submission';
import type { MockResponse, ScanRecord } from './types';

export type { HandlerContext } from './handler-context';

export interface Call {
  match: RouteMatch;
  query: URLSearchParams;
  /** Parsed JSON body; `undefined` when empty, `BAD_JSON` when it did not parse. */
  body: unknown;
  now: number;
  /** The request's path, for answers that quote it. */
  path?: string;
}

/** The answer the real API would give, with no faults involved. */
export function handle(ctx: HandlerContext, call: Call): MockResponse {
  switch (call.match.route) {
    case 'submit':
      return submit(ctx, call);
    case 'search':
      return runSearch(ctx, call.query, call.now);
    case 'result':
      return withFinishedScan(ctx, call, (scan) => json(200, ctx.reportOf(scan)));
    case 'har':
      return withFinishedScan(ctx, call, (scan) => json(200, buildHar(scan)));
    case 'dom':
      return withFinishedScan(ctx, call, (scan) => text(200, domFor(profileFor(scan.url))));
    case 'screenshot':
      return screenshot(ctx, call);
    case 'other':
      return noRoute();
  }
}

/** The scan behind a per-scan route if the caller may see it at all, finished or not. */
export function visibleScan(ctx: HandlerContext, call: Call): ScanRecord | undefined {
  const scan = call.match.uuid === undefined ? undefined : ctx.store.get(call.match.uuid);
  return scan && canSee(scan, ctx.accountId) ? scan : undefined;
}

function withFinishedScan(
  ctx: HandlerContext,
  call: Call,
  answer: (scan: ScanRecord) => MockResponse,
): MockResponse {
  const scan = visibleScan(ctx, call);
  if (!scan) return scanNotFound();
  // The v2 API answers 404 (not 202) until the scan has finished.
  if (!isReady(scan, call.now)) return scanNotFound(scan, call.now);
  return answer(scan);
}

function submit(ctx: HandlerContext, call: Call): MockResponse {
  if (call.body === BAD_JSON) return badRequest('The request body is not valid JSON.');
  const parsed = parseSubmission(call.body, ctx.plan);
  if (!parsed.ok) return parsed.error;
  const { submission } = parsed;
  // Only a submit that would start a scan meets the plan's rate; an invalid one is refused first.
  const limited = ctx.limits.submit(call.now);
  if (limited) return limited;
  // Every submit is a new scan, even of a URL scanned a moment ago; 409s only come from faults.
  const scan: ScanRecord = {
    ...submission,
    uuid: randomUUID(),
    submittedAt: call.now,
    readyAt: call.now + ctx.scanDurationMs(),
    ownerAccountId: ctx.accountId,
  };
  ctx.store.add(scan);
  return json(200, {
    uuid: scan.uuid,
    api: ctx.urls.result(scan.uuid),
    result: ctx.urls.radar(scan.uuid),
    url: scan.url,
    visibility: scan.visibility,
    message: 'Submission successful',
    ...(scan.customagent === undefined ? {} : { options: { useragent: scan.customagent } }),
  });
}

function screenshot(ctx: HandlerContext, call: Call): MockResponse {
  const resolution = call.query.get('resolution') ?? 'desktop';
  if (!isResolution(resolution)) return badRequest('"resolution" must be desktop, mobile or tablet.');
  return withFinishedScan(ctx, call, (scan) => {
    if (!scan.resolutions.includes(resolution)) {
      return shapeA(404, 'Screenshot not found.', {
        title: 'Not Found',
        detail: `No ${resolution} screenshot was taken for this scan (taken: ${scan.resolutions.join(', ')}).`,
      });
    }
    return png(screenshotPng(profileFor(scan.url).verdict, resolution));
  });
}
