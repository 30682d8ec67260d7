import { describe, expect, it } from 'vitest';
import { seedReport } from '../../test/support/seed-report';
import { errorMessageFrom, searchResponseSchema, submitResponseSchema } from './api-schemas';
import { DEFAULT_RETRY_AFTER_MS, errorFromResponse, parseRetryAfter } from './errors';
import { scanReportSchema } from './result-schema';

type Drifting = {
  meta: { processors: { phishing: { data: unknown }; urlCategories: { data: unknown } } };
  verdicts: { overall: Record<string, unknown> };
  stats: Record<string, unknown>;
};

describe('v2 result schema', () => {
  it('parses the example report from Cloudflare’s documentation, keeping every top-level section', () => {
    const parsed = scanReportSchema.parse(seedReport());
    expect(Object.keys(parsed).sort()).toEqual([
      'data',
      'lists',
      'meta',
      'page',
      'scanner',
      'stats',
      'task',
      'verdicts',
    ]);
    expect(parsed.task.uuid).toBe('uuid');
    expect(parsed.meta?.processors?.radarRank?.data?.[0]?.rank).toBe(0);
    expect(parsed.data?.requests?.[0]?.response?.response?.securityDetails?.issuer).toBe('issuer');
  });

  it('accepts a report that omits optional sections and adds unknown keys', () => {
    const minimal = {
      task: {
        uuid: 'abc-1',
        url: 'https://a.example/',
        success: true,
        time: '2026-01-01T00:00:00Z',
        status: 'Finished',
      },
      verdicts: { overall: { malicious: false } },
      page: { url: 'https://a.example/', history: [], favicon: {} },
    };
    expect(scanReportSchema.parse(minimal).page?.url).toBe('https://a.example/');
  });

  it('degrades drifted display fields to absent instead of rejecting the report', () => {
    const report = seedReport() as { page: Record<string, unknown> };
    report.page.title = { html: '<b>x</b>' };
    report.page.tlsAgeDays = 'old';
    const parsed = scanReportSchema.parse(report);
    expect(parsed.page?.title).toBeUndefined();
    expect(parsed.page?.tlsAgeDays).toBeUndefined();
  });

  it('rejects drift in the fields the verdict depends on', () => {
    const drifted = seedReport() as {
      verdicts: { overall: Record<string, unknown> };
      task: Record<string, unknown>;
    };
    drifted.verdicts.overall.malicious = 'yes';
    expect(scanReportSchema.safeParse(drifted).success).toBe(false);
    const noSuccess = seedReport() as { task: Record<string, unknown> };
    delete noSuccess.task.success;
    expect(scanReportSchema.safeParse(noSuccess).success).toBe(false);
    const pathTrick = seedReport() as { task: Record<string, unknown> };
    pathTrick.task.uuid = '../../accounts';
    expect(scanReportSchema.safeParse(pathTrick).success).toBe(false);
  });

  it.each([
    ['phishing kinds', (r: Drifting) => (r.meta.processors.phishing.data = [{ kind: 'x' }])],
    ['risk categories', (r: Drifting) => (r.meta.processors.urlCategories.data = [{ risks: [{ name: 7 }] }])],
    ['overall categories', (r: Drifting) => (r.verdicts.overall.categories = 'Phishing')],
    ['malicious request count', (r: Drifting) => (r.stats.malicious = 'many')],
  ])('rejects drift in the %s a verdict is decided on, so it can never pass as safe', (_, drift) => {
    const report = seedReport() as unknown as Drifting;
    drift(report);
    expect(scanReportSchema.safeParse(report).success).toBe(false);
  });

  it('parses submit responses and drops malformed search rows without losing the others', () => {
    expect(submitResponseSchema.safeParse({ id: 'x' }).success).toBe(false);
    const search = searchResponseSchema.parse({
      results: [{ task: { uuid: 'ok-1', url: 'https://a.example/', time: 't' } }, { task: { url: 5 } }],
    });
    expect(search.results.map((r) => r.task.uuid)).toEqual(['ok-1']);
  });
});

describe('error bodies and statuses', () => {
  const shapeA = {
    message: 'Scan not found or in progress.',
    status: 404,
    errors: [{ title: 'Not found', detail: 'Scan not found or in progress.', status: 404 }],
  };
  const shapeB = {
    success: false,
    errors: [{ code: 10000, message: 'Authentication error' }],
    messages: [],
    result: null,
  };

  it('reads a message out of both error shapes', () => {
    expect(errorMessageFrom(shapeA)).toBe('Scan not found or in progress.');
    expect(errorMessageFrom({ ...shapeA, description: 'Try later' })).toBe('Try later');
    expect(errorMessageFrom(shapeB)).toBe('Authentication error');
    expect(errorMessageFrom('<html>')).toBeUndefined();
  });

  it.each([
    [404, 'not-ready'],
    [401, 'auth'],
    [403, 'auth'],
    [409, 'recently-scanned'],
    [429, 'rate-limited'],
    [400, 'bad-request'],
    [422, 'bad-request'],
    [500, 'server'],
    [503, 'server'],
  ])('HTTP %i is a %s error', (status, kind) => {
    expect(errorFromResponse(status, new Headers(), shapeA, 0).kind).toBe(kind);
  });

  it('takes the wait from Retry-After in seconds or as a date, with a default when absent', () => {
    expect(parseRetryAfter('12', 0)).toBe(12_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(errorFromResponse(429, new Headers(), shapeA, 0).details.retryAfterMs).toBe(
      DEFAULT_RETRY_AFTER_MS,
    );
  });
});
