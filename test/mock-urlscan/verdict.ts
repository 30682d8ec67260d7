import { verdictFor } from '../mock-api/verdict';
import type { UrlscanRecord } from './types';

// The Cloudflare mock's keywords pick the outcome (so one fixture URL means the same on both mocks), plus
// "offers", which urlscan.io scores without calling it malicious.
export const URLSCAN_VERDICT_HINT =
  'URLs containing "malicious" or "phish" → malicious (score 100), "suspicious" or "offers" → score 50, ' +
  '"paypal" → imitates PayPal, "unreachable" → page could not be loaded, anything else → clean';

export type Outcome = 'malicious' | 'suspicious' | 'unreachable' | 'clean';

export function outcomeOf(scan: UrlscanRecord): Outcome {
  if (scan.malicious === true) return 'malicious';
  const base = verdictFor(scan.url);
  if (scan.malicious === false && base === 'malicious') return 'clean';
  if (base === 'malicious' || base === 'unreachable') return base;
  const { hostname, pathname } = new URL(scan.url);
  if (base === 'suspicious' || `${hostname}${pathname}`.toLowerCase().includes('offers')) return 'suspicious';
  return 'clean';
}

/** `verdicts` as urlscan.io writes it: a flat overall block and urlscan.io's own with brand objects. */
export function verdictsFor(scan: UrlscanRecord, outcome: Outcome) {
  const { hostname, pathname } = new URL(scan.url);
  const paypal = outcome !== 'clean' && `${hostname}${pathname}`.toLowerCase().includes('paypal');
  const score = outcome === 'malicious' ? 100 : outcome === 'suspicious' ? 50 : 0;
  const categories = outcome === 'malicious' ? ['phishing'] : [];
  const block = { score, categories, tags: categories, malicious: outcome === 'malicious' };
  const brandObjects = paypal
    ? [{ key: 'paypal', name: 'PayPal', country: ['US'], vertical: ['Financial'] }]
    : [];
  return {
    overall: { ...block, brands: paypal ? ['paypal'] : [], hasVerdicts: score > 0 },
    urlscan: { ...block, brands: brandObjects, detectionDetails: [] },
    engines: {
      score: 0,
      malicious: [],
      benign: [],
      maliciousTotal: 0,
      benignTotal: 0,
      verdicts: [],
      enginesTotal: 0,
    },
    community: {
      score: 0,
      votes: [],
      votesTotal: 0,
      votesMalicious: 0,
      votesBenign: 0,
      tags: [],
      categories: [],
    },
  };
}
