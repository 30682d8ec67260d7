import type { RecordedRequestOf } from './recorded-request';
// Public contract of the mock URL Scanner v2 server (re-exported by server.ts) and the internal
// records shared by its modules.

export interface MockApiOptions {
  accountId?: string;
  token?: string;
  email?: string;
  globalKey?: string;
  /** How long a scan takes before its results are ready. */
  scanDurationMs?: number;
  /** 'free' refuses Unlisted submissions, as the Free plan has no unlisted quota. */
  plan?: 'free' | 'paid';
  port?: number;
  /** The account's limits, enforced with 429s when set (off by default). */
  rateLimits?: RateLimitOptions;
}

export interface RateLimitOptions {
  /** The plan's scan rate: a submit sooner than this after the last accepted one is refused (10 s on Free). */
  submitIntervalMs?: number;
  /** The account-wide API limit (1,200 requests per 5 minutes); going over blocks every call for a window. */
  accountLimit?: { requests: number; windowMs: number };
}

/** Why the mock refused a request for going too fast. */
export type RateLimitKind = 'submit-rate' | 'account-limit';

export type MockRoute = 'submit' | 'result' | 'screenshot' | 'search' | 'har' | 'dom' | 'other';

export interface MockFault {
  route: MockRoute | 'any';
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  body?: 'malformed-json' | 'schema-drift';
  /** 'drop': close the connection without answering, as when the network is down (fetch fails). */
  connection?: 'drop';
  times?: number;
}

export interface SeedScan {
  url: string;
  finishedAgoMs?: number;
  visibility?: 'public' | 'unlisted';
  /** A scan submitted by another account: its unlisted scans stay out of our search results. */
  otherAccount?: boolean;
}

export interface RecordedRequest extends RecordedRequestOf<MockRoute> {
  /** Set when the request was refused for going over one of the account's limits. */
  limited?: RateLimitKind;
}

export interface ScanSummary {
  uuid: string;
  url: string;
  visibility: 'public' | 'unlisted';
  submittedAt: number;
  readyAt: number;
}

export interface MockApi {
  origin: string;
  baseUrl: string;
  accountId: string;
  token: string;
  email: string;
  globalKey: string;
  close(): Promise<void>;
  setScanDuration(ms: number): void;
  injectFault(fault: MockFault): void;
  clearFaults(): void;
  seedScan(scan: SeedScan): string;
  requests(): readonly RecordedRequest[];
  counts(): Record<MockRoute, number>;
  /** Requests refused for going over the account's limits: beyond the rate the client must keep. */
  overRate(): Record<RateLimitKind, number>;
  scans(): readonly ScanSummary[];
  reset(): void;
}

export type Resolution = 'desktop' | 'mobile' | 'tablet';

export type Verdict = 'malicious' | 'suspicious' | 'unreachable' | 'safe';

export interface ScanRecord extends ScanSummary {
  /** Account that submitted the scan; decides unlisted visibility and `apikey:me`. */
  ownerAccountId: string;
  resolutions: Resolution[];
  customHeaders: Record<string, string>;
  customagent?: string;
  referer?: string;
  country?: string;
}

/** What a handler answers; the server writes it. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  /** Close the connection instead of answering: the client sees a network error. */
  drop?: true;
  /** The answer refuses the request for going over one of the account's limits. */
  limited?: RateLimitKind;
}
