import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, MIN_RETRY_AFTER_MS } from '../cloudflare/errors';
import { CREDITS_SPENT_RETRY_MS, scanUrlError, scanUrlFailure } from './errors';

const NOW = Date.UTC(2026, 0, 1);
const said = (message: string) => ({ success: false, message });
const mapped = (status: number, body: unknown = undefined, headers: Record<string, string> = {}) =>
  scanUrlError(status, new Headers(headers), body, NOW);

describe('ScanURL HTTP errors', () => {
  it.each([
    [401, said('Unauthorized'), 'auth'],
    [403, undefined, 'auth'],
    [400, said('Invalid API key format'), 'auth'],
    [400, said('Invalid URL'), 'bad-request'],
    [404, undefined, 'bad-request'],
    [422, undefined, 'bad-request'],
    [429, undefined, 'rate-limited'],
    [500, said('Internal error'), 'server'],
    [503, undefined, 'server'],
  ])('maps HTTP %s (%j) to %s', (status, body, kind) => {
    expect(mapped(status, body)).toMatchObject({ kind, details: { status } });
  });

  it('keeps the API’s message of a 400 as the whole message, and names the status otherwise', () => {
    expect(mapped(400, said('Invalid URL')).message).toBe('Invalid URL');
    expect(mapped(418).message).toBe('ScanURL refused the request (HTTP 418)');
    expect(mapped(404).message).toContain('check the API base URL');
  });

  it('reads Retry-After as seconds or a date, never below the minimum', () => {
    expect(mapped(429, undefined, { 'retry-after': '12' }).details.retryAfterMs).toBe(12_000);
    const date = new Date(NOW + 60_000).toUTCString();
    expect(mapped(429, undefined, { 'retry-after': date }).details.retryAfterMs).toBe(60_000);
    expect(mapped(429, undefined, { 'retry-after': '0' }).details.retryAfterMs).toBe(MIN_RETRY_AFTER_MS);
  });
});

describe('ScanURL failures inside a 200', () => {
  it.each([
    ['Unable to scan this domain', 'bad-request'],
    ['Service unavailable, please try again', 'server'],
    ['Request timed out', 'server'],
    ['Something went wrong', 'server'],
    [undefined, 'server'],
    ['Invalid api_key', 'auth'],
  ])('maps %j to %s', (message, kind) => {
    expect(scanUrlFailure(message, 200)).toMatchObject({ kind, details: { status: 200 } });
  });
});

// docs.scanurl.ai rate limits page: `{success: false, message: "Rate limit exceeded"}`, status undocumented.
describe('ScanURL rate limits and spent credits, read from the body', () => {
  it.each([200, 400, 403, 429])('a "Rate limit exceeded" answer with HTTP %s backs off', (status) => {
    const error =
      status === 200
        ? scanUrlFailure('Rate limit exceeded', 200, new Headers({ 'retry-after': '7' }), NOW)
        : mapped(status, said('Rate limit exceeded'), { 'retry-after': '7' });
    expect(error).toMatchObject({ kind: 'rate-limited', details: { status, retryAfterMs: 7_000 } });
    expect(error.message).toContain('Rate limited by ScanURL');
  });

  it('waits the default when no Retry-After is given', () => {
    expect(scanUrlFailure('Rate limit exceeded', 200, new Headers(), NOW).details.retryAfterMs).toBe(
      DEFAULT_RETRY_AFTER_MS,
    );
  });

  it.each([
    [200, 'Insufficient credits'],
    [400, 'Monthly quota exceeded'],
    [403, 'No credits remaining for this API key'],
  ])('spent credits (HTTP %s, %j) back off an hour and say so', (status, message) => {
    const error =
      status === 200 ? scanUrlFailure(message, 200, new Headers(), NOW) : mapped(status, said(message));
    expect(error).toMatchObject({
      kind: 'rate-limited',
      details: { status, retryAfterMs: CREDITS_SPENT_RETRY_MS },
    });
    expect(error.message).toContain('no scan credits left');
    expect(error.message).toContain(message);
  });
});
