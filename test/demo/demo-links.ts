/** What Scanlink should decide about a demo address, as the mock's rule words it (mock-api/verdict.ts). */
export type DemoVerdict = 'safe' | 'suspicious' | 'malicious';

export interface DemoLink {
  /** The link's id on the demo page. */
  id: string;
  url: string;
  expected: DemoVerdict;
}

// Every demo address lies under .example (RFC 2606): Chromium maps the whole TLD to the demo's own
// server, so nothing leaves this machine, yet Scanlink sees public-looking names (it refuses to scan
// loopback addresses). Plain http because that server has no certificate. The mock picks a verdict
// from the words in host and path: "suspicious", "phish" or "malicious".
const DEMO_DOMAIN = 'example';

/** The news-like page with links of every verdict. */
export const DEMO_PAGE_URL = `http://daily-news.${DEMO_DOMAIN}/`;

/** A page that proves malicious when visited: Scanlink's warning banner. */
export const FLAGGED_PAGE_URL = `http://account-verify-phish.${DEMO_DOMAIN}/sign-in`;

/** The links on the demo page (test/demo/demo-page.html), in page order. */
export const DEMO_LINKS: readonly DemoLink[] = [
  { id: 'weather', url: `http://weather.${DEMO_DOMAIN}/weekend`, expected: 'safe' },
  { id: 'recipe', url: `http://recipes.${DEMO_DOMAIN}/lentil-soup`, expected: 'safe' },
  { id: 'library', url: `http://city-library.${DEMO_DOMAIN}/opening-hours`, expected: 'safe' },
  { id: 'sweepstakes', url: `http://suspicious-sweepstakes.${DEMO_DOMAIN}/claim`, expected: 'suspicious' },
  { id: 'tickets', url: `http://concert-tickets-suspicious.${DEMO_DOMAIN}/resale`, expected: 'suspicious' },
  { id: 'parcel', url: `http://parcel-delivery-phish.${DEMO_DOMAIN}/confirm`, expected: 'malicious' },
  { id: 'invoice', url: `http://malicious-invoices.${DEMO_DOMAIN}/invoice-2291`, expected: 'malicious' },
  { id: 'account', url: FLAGGED_PAGE_URL, expected: 'malicious' },
];

/** Chromium's switch that sends every demo name to the demo's server on 127.0.0.1. */
export function demoHostResolverRules(port: number): string {
  return `MAP *.${DEMO_DOMAIN} 127.0.0.1:${port}`;
}
