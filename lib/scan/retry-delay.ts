export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 2 * 60_000;

/** Exponential backoff with jitter (50–150 %), so many clients recovering at once do not retry in step. */
export function retryDelayMs(attempt: number, random: () => number): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + random()));
}
