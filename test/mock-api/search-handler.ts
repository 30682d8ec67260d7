import { badRequest } from './errors';
import type { HandlerContext } from './handler-context';
import { json } from './responses';
import { isReady } from './scan-store';
import { matches, type SearchDoc, validate } from './search';
import { parseQuery, QuerySyntaxError } from './search-query';
import type { MockResponse } from './types';

const DEFAULT_SIZE = 100;
const MAX_SIZE = 10_000;

/** `GET search`: finished scans this account may see, newest first. */
export function runSearch(ctx: HandlerContext, query: URLSearchParams, now: number): MockResponse {
  const sizeParam = query.get('size');
  const size = sizeParam === null ? DEFAULT_SIZE : Number(sizeParam);
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) {
    return badRequest(`"size" must be an integer from 1 to ${MAX_SIZE}.`);
  }
  let tree: ReturnType<typeof parseQuery>;
  try {
    tree = parseQuery(query.get('q') ?? '');
    if (tree) validate(tree);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return badRequest(`Invalid search query: ${error.message}`);
    throw error;
  }

  // Search indexes finished scans only; public ones from anyone plus this account's unlisted ones.
  // (The real index may lag a few minutes behind; the mock indexes instantly.)
  const docs: SearchDoc[] = ctx.store
    .all()
    .filter((scan) => isReady(scan, now))
    .filter((scan) => scan.visibility === 'public' || scan.ownerAccountId === ctx.accountId)
    .map((scan) => ({ scan, report: ctx.reportOf(scan), mine: scan.ownerAccountId === ctx.accountId }));

  const results = docs
    .filter((doc) => !tree || matches(tree, doc, now))
    .sort((a, b) => b.scan.submittedAt - a.scan.submittedAt)
    .slice(0, size)
    .map(({ scan, report }) => ({
      _id: scan.uuid,
      page: { asn: report.page.asn, country: report.page.country, ip: report.page.ip, url: report.page.url },
      result: ctx.urls.result(scan.uuid),
      stats: {
        requests: report.data.requests.length,
        dataLength: report.data.requests.reduce((total, r) => total + r.response.dataLength, 0),
        uniqIPs: report.lists.ips.length,
        uniqCountries: report.stats.uniqCountries,
      },
      task: { time: report.task.time, url: report.task.url, uuid: scan.uuid, visibility: scan.visibility },
      verdicts: { malicious: report.verdicts.overall.malicious },
    }));
  return json(200, { results });
}
