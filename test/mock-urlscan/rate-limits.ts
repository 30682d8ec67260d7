import type { MockResponse } from '../mock-api/types';
import { apiError } from './errors';
import type { RateAction } from './types';

// urlscan.io's limits are per action (public/unlisted/private scans, retrieve, search) in fixed windows
// that reset on the full minute, hour and day (docs.urlscan.io › API rate limits). Every answer to a
// limited action carries X-Rate-Limit-* headers for the limit closest to running out; the mock models the
// minute window, which is the one a browser extension can hit.

const DEFAULTS: Record<RateAction, number> = {
  public: 60,
  unlisted: 60,
  private: 10,
  retrieve: 120,
  search: 120,
};
const MINUTE = 60_000;

export interface RateLimits {
  /** The 429 to answer when `action` has no requests left in this window, else undefined. */
  check(action: RateAction, now: number): MockResponse | undefined;
  /**
   * The X-Rate-Limit-* headers for an answer to `action`, counting it when it succeeded: only successful
   * requests count against the quota, so polling a running scan (404) costs nothing.
   */
  answer(action: RateAction, now: number, succeeded: boolean): Record<string, string>;
  /** The 429 urlscan.io would send for `action`, as an injected fault. */
  refuse(action: RateAction, now: number, resetAfterSeconds?: number): MockResponse;
  used(action: RateAction, now: number): { limit: number; used: number };
  reset(): void;
}

export function createRateLimits(perMinute: Partial<Record<RateAction, number>> = {}): RateLimits {
  const limits = { ...DEFAULTS, ...perMinute };
  let counts = new Map<string, number>();
  const windowOf = (now: number) => Math.floor(now / MINUTE);
  const key = (action: RateAction, now: number) => `${action}@${windowOf(now)}`;

  function headers(action: RateAction, now: number, remaining: number, resetAfter?: number) {
    const resetAt = (windowOf(now) + 1) * MINUTE;
    return {
      'x-rate-limit-scope': 'user',
      'x-rate-limit-action': action,
      'x-rate-limit-window': 'minute',
      'x-rate-limit-limit': String(limits[action]),
      'x-rate-limit-remaining': String(Math.max(0, remaining)),
      'x-rate-limit-reset': new Date(resetAt).toISOString(),
      'x-rate-limit-reset-after': String(resetAfter ?? Math.ceil((resetAt - now) / 1000)),
    };
  }

  function refuse(action: RateAction, now: number, resetAfterSeconds?: number): MockResponse {
    return apiError(
      429,
      `Rate limit for action ${action} exceeded`,
      `You have exceeded your ${action} quota for this minute.`,
      headers(action, now, 0, resetAfterSeconds),
    );
  }

  return {
    check(action, now) {
      return (counts.get(key(action, now)) ?? 0) >= limits[action] ? refuse(action, now) : undefined;
    },
    answer(action, now, succeeded) {
      const used = (counts.get(key(action, now)) ?? 0) + (succeeded ? 1 : 0);
      counts.set(key(action, now), used);
      return headers(action, now, limits[action] - used);
    },
    refuse,
    used: (action, now) => ({ limit: limits[action], used: counts.get(key(action, now)) ?? 0 }),
    reset() {
      counts = new Map();
    },
  };
}
