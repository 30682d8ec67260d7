import type { Verdict } from './types';

// Keywords in the submitted URL pick the verdict, so a tester can produce each outcome on demand.
// Only host and path count: a query string like `?next=/phish-report` should not flip a verdict.
export const VERDICT_HINT =
  'URLs containing "malicious" or "phish" → malicious, "suspicious" → suspicious, ' +
  '"unreachable" → page could not be loaded, anything else → safe';

export function verdictFor(url: string): Verdict {
  const parsed = new URL(url);
  const haystack = `${parsed.hostname}${parsed.pathname}`.toLowerCase();
  if (haystack.includes('malicious') || haystack.includes('phish')) return 'malicious';
  if (haystack.includes('suspicious')) return 'suspicious';
  if (haystack.includes('unreachable')) return 'unreachable';
  return 'safe';
}
