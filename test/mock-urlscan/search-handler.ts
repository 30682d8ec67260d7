import { json } from '../mock-api/responses';
import { matches, type SearchDoc, validate } from '../mock-api/search';
import { parseQuery, QuerySyntaxError } from '../mock-api/search-query';
import type { MockResponse, ScanRecord } from '../mock-api/types';
import { apiError } from './errors';
import type { BuiltScan } from './result';
import type { UrlscanRecord } from './types';

const MAX_SIZE = 10_000;

export interface Searchable {
  scan: UrlscanRecord;
  built: BuiltScan;
  mine: boolean;
}

/**
 * `GET /api/v1/search/`: finished public scans by anyone plus our own unlisted and private ones, newest
 * first, each row with the `sort` key that `search_after` pages on. The query language is the Cloudflare
 * mock's subset (urlscan.io's search is the same Elasticsearch query string).
 */
export function runSearch(docs: readonly Searchable[], query: URLSearchParams, now: number): MockResponse {
  const size = Number(query.get('size') ?? 100);
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) {
    return apiError(400, 'Invalid size', `"size" must be an integer from 1 to ${MAX_SIZE}.`);
  }
  let tree: ReturnType<typeof parseQuery>;
  try {
    tree = parseQuery(query.get('q') ?? '');
    if (tree) validate(tree);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return apiError(400, 'Invalid query', error.message);
    throw error;
  }
  const hits = docs
    .filter(({ scan, mine }) => now >= scan.readyAt && (mine || scan.visibility === 'public'))
    .filter((doc) => !tree || matches(tree, asSearchDoc(doc), now))
    .sort((a, b) => b.scan.submittedAt - a.scan.submittedAt);
  const results = hits.slice(0, size).map(({ scan, built }) => {
    // Search rows carry a summary: no options or links in `task`, and no verdicts.
    const {
      options: _o,
      userAgent: _u,
      reportURL: _r,
      screenshotURL: _s,
      domURL: _d,
      ...task
    } = built.result.task;
    const { searchable } = built;
    return {
      task,
      stats: {
        uniqIPs: searchable.lists.ips.length,
        uniqCountries: searchable.stats.uniqCountries,
        requests: searchable.data.requests.length,
      },
      page: built.result.page,
      _id: scan.uuid,
      _score: null,
      sort: [scan.submittedAt, scan.uuid],
      result: `https://urlscan.io/api/v1/result/${scan.uuid}/`,
      screenshot: `https://urlscan.io/screenshots/${scan.uuid}.png`,
    };
  });
  return json(200, { results, total: hits.length, took: 3, has_more: hits.length > size });
}

function asSearchDoc({ scan, built, mine }: Searchable): SearchDoc {
  const record = { uuid: scan.uuid, submittedAt: scan.submittedAt } as ScanRecord;
  return { scan: record, report: built.searchable, mine };
}
