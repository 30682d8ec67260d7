// Keywords in the submitted URL pick ScanURL's answer, so a tester can produce each outcome on demand.
// Only host and path count: a query string like `?next=/phish-report` should not flip a verdict.
export const VERDICT_HINT =
  'URLs containing "phish" or "fraud" → "Potential Fraud Risk", "suspicious" or "offers" → "Elevated Risk", ' +
  '"weird-verdict" → an undocumented verdict with a high risk score, "unscannable" → a failed scan, ' +
  'anything else → "Trusted"; "redirect" adds a redirect hop';

export type MockVerdict = 'fraud' | 'elevated' | 'undocumented' | 'failed' | 'trusted';

function haystackOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname}`.toLowerCase();
}

export function verdictFor(url: string): MockVerdict {
  const haystack = haystackOf(url);
  if (haystack.includes('phish') || haystack.includes('fraud')) return 'fraud';
  if (haystack.includes('suspicious') || haystack.includes('offers')) return 'elevated';
  if (haystack.includes('weird-verdict')) return 'undocumented';
  if (haystack.includes('unscannable')) return 'failed';
  return 'trusted';
}

export const redirectsFor = (url: string): boolean => haystackOf(url).includes('redirect');
