import { readFileSync } from 'node:fs';
import { fill, PROFILES } from './profiles';
import type { MockAnswer } from './types';
import { redirectsFor, verdictFor } from './verdict';

// The seed's example answer is the template for every answer: read from disk rather than imported, so
// every loader (tsx, vitest, Playwright) handles it alike.
const template = JSON.parse(
  readFileSync(new URL('../fixtures/scanurl/response-seed.json', import.meta.url), 'utf8'),
) as { success: true; data: Record<string, unknown> };

/** Where a redirecting URL lands. */
export const REDIRECT_LANDING = 'https://landing.example/';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): MockAnswer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** ScanURL's error shape: `{success: false, message}`. */
export const failure = (status: number, message: string) => json(status, { success: false, message });

/** The answer to a scan of `url`, shaped exactly like the seed's. */
export function scanAnswer(url: string): MockAnswer {
  const answer = structuredClone(template);
  const data = answer.data;
  const landing = redirectsFor(url) ? REDIRECT_LANDING : url;
  fill(data, {
    redirect_info: {
      initial_url: url,
      final_url: landing,
      http_chain: landing === url ? [url] : [url, landing],
      js_navigations: [landing],
      redirect_count: landing === url ? 0 : 1,
    },
  });
  const verdict = verdictFor(url);
  if (verdict === 'failed') {
    // Undocumented: the seed shows only a successful scan. Our guess at a failed one: the page could not
    // be loaded, so no verdict and no page-level layers.
    fill(data, { status: 'failed', quick_scan: { reachable: false } });
    for (const key of ['final_verdict', 'confidence', 'risk_score', 'deep_scan']) delete data[key];
  } else {
    fill(data, PROFILES[verdict]);
  }
  return json(200, answer);
}
