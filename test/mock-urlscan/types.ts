import type { RecordedRequestOf } from '../mock-api/loopback-server';
// Public contract of the mock urlscan.io server (re-exported by server.ts) and its internal records.

export type UrlscanVisibility = 'public' | 'unlisted' | 'private';
export type UrlscanRoute = 'submit' | 'result' | 'screenshot' | 'dom' | 'search' | 'quotas' | 'other';
/** The rate-limited actions, named as urlscan.io names them in `X-Rate-Limit-Action`. */
export type RateAction = UrlscanVisibility | 'retrieve' | 'search';

export interface MockUrlscanOptions {
  /** The one key the mock accepts; urlscan.io keys are uuids. */
  apiKey?: string;
  /** How long a scan takes before its result is ready (404 before). */
  scanDurationMs?: number;
  /** Per-minute limits per action; a request past one gets a 429 (defaults are generous). */
  perMinute?: Partial<Record<RateAction, number>>;
  port?: number;
}

export interface UrlscanFault {
  route: UrlscanRoute | 'any';
  status?: number;
  /** For 429s: the `X-Rate-Limit-Reset-After` to send, in seconds. */
  resetAfterSeconds?: number;
  body?: 'malformed-json' | 'schema-drift' | 'html';
  delayMs?: number;
  connection?: 'drop';
  /**
   * Answer `status` (default 301) with this `Location` instead. urlscan.io's API guide: "Make sure to follow
   * HTTP redirects (HTTP 301 and HTTP 302) sent by urlscan.io"; which paths redirect, and where, is
   * unverified (a missing trailing slash is our guess). Another origin here stands for a hostile redirect.
   */
  redirectTo?: string;
  times?: number;
}

export interface SeedUrlscan {
  url: string;
  /** How long ago the scan ran (default one minute). */
  ageMs?: number;
  /** Force the verdict; otherwise the URL's keywords decide. */
  malicious?: boolean;
  visibility?: UrlscanVisibility;
}

export interface UrlscanRecord {
  uuid: string;
  url: string;
  visibility: UrlscanVisibility;
  submittedAt: number;
  readyAt: number;
  customagent?: string;
  referer?: string;
  tags: string[];
  malicious?: boolean;
}

export type RecordedRequest = RecordedRequestOf<UrlscanRoute>;

export interface MockUrlscan {
  /** The origin the client uses as `apiBaseUrl`. */
  baseUrl: string;
  apiKey: string;
  close(): Promise<void>;
  requests(): readonly RecordedRequest[];
  counts(): Record<UrlscanRoute, number>;
  injectFault(fault: UrlscanFault): void;
  /** A finished scan, as if someone had submitted it `ageMs` ago; returns its uuid. */
  seedScan(seed: SeedUrlscan): string;
  scans(): readonly UrlscanRecord[];
  reset(): void;
}
