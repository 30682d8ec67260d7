// Public contract of the mock ScanURL server (re-exported by server.ts).

export interface MockScanUrlOptions {
  /** The key `x-api-key` must carry. */
  apiKey?: string;
  /** How long every scan takes to answer (ScanURL scans during the request). */
  delayMs?: number;
  port?: number;
}

/** The next answer(s), `times` of them (default 1), instead of the real one. */
export type MockScanUrlFault =
  /** An answer with this status; `body` is sent as JSON unless it is a string. */
  | { status: number; body?: unknown; headers?: Record<string, string>; times?: number }
  /** A 200 whose body is cut-off JSON. */
  | { malformed: true; times?: number }
  /**
   * A rate limit (`"Rate limit exceeded"`) or spent credits, as `{success: false, message}` with this
   * status (default 200: the docs name none). Source: docs.scanurl.ai rate limits page shows
   * `{success: false, message: "Rate limit exceeded"}`; the status, Retry-After and the credits wording are
   * unverified.
   */
  | { limit: 'rate' | 'credits'; status?: number; retryAfter?: string; times?: number }
  /** The real answer, this much later. */
  | { delayMs: number; times?: number };

export interface RecordedScanUrlRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  /** Parsed JSON, or the raw text when it was not JSON. */
  body?: unknown;
  at: number;
  status?: number;
}

export interface MockScanUrl {
  /** The API base URL, to use in place of `https://api.scan-url.wowinfosolutions.com`. */
  baseUrl: string;
  apiKey: string;
  close(): Promise<void>;
  requests(): readonly RecordedScanUrlRequest[];
  injectFault(fault: MockScanUrlFault): void;
  /** Forgets the requests and the queued faults. */
  reset(): void;
}

export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
