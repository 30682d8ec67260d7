import { shapeA, shapeB } from './errors';
import type { MockResponse, RateLimitOptions } from './types';

export interface RateLimits {
  /**
   * Counts one authenticated request toward the account-wide limit; the 429 to answer when the account
   * is over it (then every call is refused until the block ends), else undefined.
   */
  account(now: number): MockResponse | undefined;
  /** A valid submit: the 429 to answer when it comes sooner than the plan's rate allows, else undefined. */
  submit(now: number): MockResponse | undefined;
  reset(): void;
}

/**
 * The account's two limits (API notes, "Limits per plan"): scans at most one per `submitIntervalMs`
 * (1 per 10 s on Free and self-serve plans), and `accountLimit.requests` API calls of any kind per
 * `accountLimit.windowMs` (1,200 per 5 minutes), past which Cloudflare blocks every call for the rest of
 * a window. Both are off unless configured, so tests about other things are not paced by accident.
 */
export function createRateLimits(options: RateLimitOptions = {}): RateLimits {
  const { submitIntervalMs, accountLimit } = checkOptions(options);
  let lastSubmitAt = Number.NEGATIVE_INFINITY;
  let recent: number[] = [];
  let blockedUntil = Number.NEGATIVE_INFINITY;

  return {
    account(now) {
      if (!accountLimit) return undefined;
      if (now < blockedUntil) return accountLimited(blockedUntil - now, accountLimit);
      recent = recent.filter((at) => now - at < accountLimit.windowMs);
      recent.push(now);
      if (recent.length <= accountLimit.requests) return undefined;
      blockedUntil = now + accountLimit.windowMs;
      return accountLimited(accountLimit.windowMs, accountLimit);
    },
    submit(now) {
      if (submitIntervalMs === undefined) return undefined;
      const wait = lastSubmitAt + submitIntervalMs - now;
      // A refused submit starts no scan, so it does not use up the next slot either.
      if (wait > 0) return submitRateLimited(wait);
      lastSubmitAt = now;
      return undefined;
    },
    reset() {
      lastSubmitAt = Number.NEGATIVE_INFINITY;
      recent = [];
      blockedUntil = Number.NEGATIVE_INFINITY;
    },
  };
}

/** `Retry-After` is whole seconds, rounded up (Cloudflare's API docs, "Rate limiting headers"). */
const retryAfter = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/** The scanner's own refusal, shape A like its other errors (API notes: 409/429 bodies). */
function submitRateLimited(waitMs: number): MockResponse {
  const seconds = retryAfter(waitMs);
  const refused = shapeA(429, 'Rate limit exceeded', {
    title: 'Too Many Requests',
    description: `Too many scans submitted. Try again in ${seconds} seconds.`,
    headers: { 'retry-after': seconds },
  });
  return { ...refused, limited: 'submit-rate' };
}

/**
 * The API gateway's refusal: the classic envelope. 971 is the code Cloudflare's API is known to use for
 * "Please wait and consider throttling your request speed" (unverified for the scanner's routes).
 */
function accountLimited(waitMs: number, limit: { requests: number; windowMs: number }): MockResponse {
  const refused = shapeB(429, 971, 'Please wait and consider throttling your request speed');
  const windowSeconds = Math.ceil(limit.windowMs / 1000);
  return {
    ...refused,
    limited: 'account-limit',
    headers: {
      ...refused.headers,
      'retry-after': retryAfter(waitMs),
      ratelimit: `"default";r=0;t=${retryAfter(waitMs)}`,
      'ratelimit-policy': `"default";q=${limit.requests};w=${windowSeconds}`,
    },
  };
}

function checkOptions(options: RateLimitOptions): RateLimitOptions {
  const { submitIntervalMs, accountLimit } = options;
  if (submitIntervalMs !== undefined && !(Number.isFinite(submitIntervalMs) && submitIntervalMs > 0)) {
    throw new RangeError(`submitIntervalMs must be > 0, got ${submitIntervalMs}`);
  }
  if (
    accountLimit &&
    !(
      Number.isInteger(accountLimit.requests) &&
      accountLimit.requests > 0 &&
      Number.isFinite(accountLimit.windowMs) &&
      accountLimit.windowMs > 0
    )
  ) {
    throw new RangeError(
      `accountLimit needs whole requests > 0 and windowMs > 0, got ${JSON.stringify(accountLimit)}`,
    );
  }
  return options;
}
