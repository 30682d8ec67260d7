import type { Fetch } from '../cloudflare/http';

/** Where a scanner that signs in with one API key (urlscan.io, ScanURL) is reached, and with what key. */
export interface ApiKeyAccess {
  /** The scanner's own origin, or a mock's in tests. */
  apiBaseUrl: string;
  apiKey: string;
}

export interface ApiKeyClientDeps {
  /** Read on every call, so a settings change applies to the next request. */
  access: () => Promise<ApiKeyAccess> | ApiKeyAccess;
  fetch?: Fetch;
  now?: () => number;
  timeoutMs?: number;
}
