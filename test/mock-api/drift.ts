import { type Call, type HandlerContext, handle, visibleScan } from './handlers';
import { buildHar } from './har';
import { json } from './responses';
import type { MockResponse, MockRoute } from './types';

/** 200 with a body cut off mid-value, as a proxy that drops the connection might leave it. */
export function malformedJson(route: MockRoute): MockResponse {
  const start = route === 'search' ? '{"results":[{"_id":"' : '{"uuid":"3f1c8e2a-';
  return { status: 200, headers: { 'content-type': 'application/json' }, body: `${start}9b7d-4c1e-a5f0` };
}

/**
 * 200 with JSON whose shape changed under the client's feet. Per-scan routes drift as if the scan
 * had finished; a request the real API would refuse (unknown scan, invalid body) is refused as usual.
 */
export function schemaDrift(ctx: HandlerContext, call: Call): MockResponse {
  const route = call.match.route;
  if (route === 'submit' || route === 'search') return driftSuccess(handle(ctx, call), route);
  if (route === 'other') return handle(ctx, call);
  const scan = visibleScan(ctx, call);
  if (!scan) return handle(ctx, call);
  switch (route) {
    case 'result': {
      const report = ctx.reportOf(scan);
      const { uuid: _dropped, ...task } = report.task;
      return json(200, {
        ...report,
        task,
        verdicts: { overall: { ...report.verdicts.overall, malicious: 'yes' } },
      });
    }
    // The v1 API wrapped the HAR one level deeper; a client must not mistake this for an empty log.
    case 'har':
      return json(200, { har: buildHar(scan) });
    case 'dom':
      return json(200, { dom: '<html></html>', encoding: 'utf-8' });
    case 'screenshot':
      return json(200, { screenshot: { resolution: 'desktop', url: ctx.urls.screenshot(scan.uuid) } });
  }
}

function driftSuccess(response: MockResponse, route: 'submit' | 'search'): MockResponse {
  if (response.status !== 200) return response;
  const body = JSON.parse(String(response.body)) as Record<string, unknown>;
  if (route === 'submit') {
    // The id moved to a new name: a strict client must notice that `uuid` is gone.
    const { uuid, ...rest } = body;
    return json(200, { ...rest, scan_id: uuid });
  }
  const rows = (body.results ?? []) as Record<string, Record<string, unknown>>[];
  return json(200, {
    results: rows.map((row) => {
      const { uuid: _dropped, ...task } = row.task ?? {};
      return { ...row, task, verdicts: { malicious: row.verdicts?.malicious ? 'yes' : 'no' } };
    }),
  });
}
