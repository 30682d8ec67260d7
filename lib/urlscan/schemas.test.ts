import { describe, expect, it } from 'vitest';
import { urlscanFixture } from '../../test/fixtures/urlscan/load';
import {
  errorMessageFrom,
  quotasSchema,
  resultSchema,
  searchResponseSchema,
  submitResponseSchema,
} from './schemas';

// biome-ignore lint/suspicious/noExplicitAny: drift cases reach into the fixture's JSON freely.
type Fixture = any;

describe('urlscan.io result schema', () => {
  it('parses the documented result, keeping every section and unknown keys', () => {
    const parsed = resultSchema.parse(urlscanFixture('result-phishing'));
    expect(Object.keys(parsed).sort()).toEqual(
      ['data', 'lists', 'meta', 'page', 'scanner', 'stats', 'submitter', 'task', 'verdicts'].sort(),
    );
    expect(parsed.task.uuid).toBe('0196d976-07f6-7aae-8a57-aa019145f31c');
    expect(parsed.verdicts?.overall).toMatchObject({ malicious: true, score: 100, brands: ['paypal'] });
    expect(parsed.verdicts?.urlscan?.brands?.[0]).toMatchObject({ key: 'paypal', name: 'PayPal' });
    expect((parsed.verdicts as { engines?: unknown }).engines).toBeDefined();
    expect(parsed.data?.requests).toHaveLength(1);
  });

  it('accepts a result that omits display sections, and a count for hasVerdicts', () => {
    const minimal = {
      task: { uuid: 'abc-1', url: 'https://a.example/', time: '2026-01-01T00:00:00Z' },
      verdicts: { overall: { malicious: false, hasVerdicts: 0 } },
    };
    expect(resultSchema.parse(minimal).page).toBeUndefined();
  });

  it('degrades drifted display fields to absent instead of rejecting the result', () => {
    const result = urlscanFixture('result-phishing');
    result.page.title = { html: '<b>x</b>' };
    result.task.visibility = 7;
    result.data = 'gone';
    const parsed = resultSchema.parse(result);
    expect(parsed.page?.title).toBeUndefined();
    expect(parsed.task.visibility).toBeUndefined();
    expect(parsed.data).toBeUndefined();
    expect(parsed.page?.url).toBe(result.page.url);
  });

  it.each([
    ['task.uuid missing', (r: Fixture) => delete r.task.uuid],
    ['task.uuid with path characters', (r: Fixture) => (r.task.uuid = '../../user')],
    ['task.time missing', (r: Fixture) => delete r.task.time],
    ['malicious as text', (r: Fixture) => (r.verdicts.overall.malicious = 'yes')],
    ['score as text', (r: Fixture) => (r.verdicts.overall.score = '100')],
    ['categories as text', (r: Fixture) => (r.verdicts.urlscan.categories = 'phishing')],
    ['verdicts as a list', (r: Fixture) => (r.verdicts = [])],
  ])('rejects drift in what the verdict is decided on: %s', (_name, drift) => {
    const result = urlscanFixture('result-phishing');
    drift(result);
    expect(resultSchema.safeParse(result).success).toBe(false);
  });
});

describe('urlscan.io submit, search, quotas and error schemas', () => {
  it('parses the submit answer and insists on a uuid', () => {
    expect(submitResponseSchema.parse(urlscanFixture('submit')).visibility).toBe('unlisted');
    const { uuid, ...drifted } = urlscanFixture('submit');
    expect(submitResponseSchema.safeParse({ ...drifted, scan_id: uuid }).success).toBe(false);
  });

  it('reads search rows old and new, and drops a malformed row instead of failing the page', () => {
    const body = urlscanFixture('search');
    body.results.push({ _id: 'x-1', task: { url: 'https://b.example/' } });
    const parsed = searchResponseSchema.parse(body);
    expect(parsed.results.map((hit) => hit.task.uuid ?? hit._id)).toEqual([
      '0196d976-07f6-7aae-8a57-aa019145f31c',
      '4e28801f-3da0-4638-a7c0-37b2d3186309',
    ]);
    expect(parsed.results[0]?.sort).toEqual([1772446504512, '0196d976-07f6-7aae-8a57-aa019145f31c']);
    expect(parsed).toMatchObject({ total: 2, has_more: false });
    expect(searchResponseSchema.safeParse({ hits: [] }).success).toBe(false);
  });

  it('parses quotas', () => {
    expect(quotasSchema.parse(urlscanFixture('quotas')).limits?.public?.day?.remaining).toBe(4988);
  });

  it('turns error bodies into one readable message', () => {
    const errors = urlscanFixture('errors');
    expect(errorMessageFrom(errors.dns)).toBe(
      "DNS Error - Could not resolve domain: The domain unregistered-name.example could not be resolved to a valid IPv4/IPv6 address. We won't try to load it in the browser.",
    );
    expect(errorMessageFrom(errors.withErrors)).toBe('Invalid request: "url" must be a valid URL');
    expect(errorMessageFrom('<html>')).toBeUndefined();
    expect(errorMessageFrom({ message: '  ' })).toBeUndefined();
  });

  // docs.urlscan.io/pages/error-codes: the search API's example error.
  it('reads code, type and errors[].description of the documented search error', () => {
    const message = 'ValidationError: "size" must be greater than or equal to 0';
    const documented = {
      code: 'validationerror',
      type: 'query',
      message,
      errors: [
        { code: 'validationerror', title: 'Field Validation Error', description: message, status: 400 },
      ],
    };
    expect(errorMessageFrom(documented)).toBe(message);
    expect(errorMessageFrom({ errors: [{ title: 'Field Validation Error', description: message }] })).toBe(
      message,
    );
    expect(errorMessageFrom({ code: 'validationerror', type: 'query' })).toBe('validationerror query');
    expect(errorMessageFrom({ errors: [{ code: 'ratelimit' }] })).toBe('ratelimit');
  });
});
