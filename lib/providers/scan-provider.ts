import type { ScreenshotResolution } from '../cloudflare/api-schemas';
import type { ConnectionResult } from '../cloudflare/test-connection';
import { z } from '../z';

// The seam between the scan pipeline and a scanner. Cloudflare URL Scanner v2 (the default), urlscan.io
// and ScanURL each implement it; the pipeline, the store and the pages know only these types. Errors are
// `ScanApiError`s (lib/cloudflare/errors.ts) with the same kinds for every provider.

export const providerIdSchema = z.enum(['cloudflare', 'urlscan', 'scanurl']);
export type ProviderId = z.infer<typeof providerIdSchema>;

/**
 * One verdict model for every provider. `kind` is ours; the rest keeps what the provider said, so a page
 * can show it faithfully (ScanURL's own verdict words, a risk score, a redirect chain).
 */
export const providerVerdictSchema = z.object({
  kind: z.enum(['safe', 'suspicious', 'malicious', 'unknown']),
  /** Why, in words a person understands. */
  reasons: z.array(z.string()),
  categories: z.array(z.string()),
  finalUrl: z.string().optional(),
  /** 0 (no risk) to 1, where the provider gives one. */
  riskScore: z.number().min(0).max(1).optional(),
  /** How sure the provider is, in its own words or figures ("high", "0.87"), where it says. */
  confidence: z.string().optional(),
  /** From the submitted URL to the final one, where the provider reports hops. */
  redirectChain: z.array(z.string()).optional(),
  /** The provider's own verdict text, kept as it came ("Elevated Risk"). */
  providerVerdict: z.string().optional(),
});
export type ProviderVerdict = z.infer<typeof providerVerdictSchema>;

/** A finished scan as the pipeline stores it. */
export interface ProviderReport {
  provider: ProviderId;
  scanId: string;
  /** The provider's report, validated by its own schema; rendered by its own view. */
  report: unknown;
  verdict: ProviderVerdict;
  /** Screenshots this scan captured that `screenshot()` can fetch (empty: none). */
  screenshots: ScreenshotResolution[];
  /** The provider's own page for this report, for people. */
  reportUrl?: string;
  /** When the scan ran (ms since the epoch), if the report says. */
  scannedAt?: number;
  /** The page's title, where the provider saw it. */
  title?: string;
  /** The visibility the scan was made with, in the provider's words. */
  visibility?: string;
}

export interface SubmitOptions {
  /** The provider's own visibility name (Cloudflare: Public/Unlisted; urlscan.io: public/unlisted/private). */
  visibility?: string;
  screenshotsResolutions: readonly ScreenshotResolution[];
  customHeaders?: Record<string, string>;
  userAgent?: string;
  referer?: string;
}

/** What `submit` gives back: an id to poll, or (a synchronous provider) the finished report itself. */
export type Submission = {
  scanId: string;
  finished?: ProviderReport;
  /** The visibility the scanner says it gave the scan, in its own words (Cloudflare answers lower case). */
  visibility?: string;
};

/** A recent scan of the same URL the provider already has (search), reusable instead of submitting. */
export interface ExistingScan {
  scanId: string;
  /** ms since the epoch */
  time: number;
}

export interface ScanProvider {
  id: ProviderId;
  /** "Cloudflare URL Scanner", for messages. */
  name: string;
  submit(url: string, options: SubmitOptions): Promise<Submission>;
  /** The finished report; throws `ScanApiError('not-ready')` while the scan runs. */
  result(scanId: string): Promise<ProviderReport>;
  /** The newest scan of `url` (normalised) younger than `maxAgeMs`; absent for providers without search. */
  findExisting?(url: string, maxAgeMs: number, now: number): Promise<ExistingScan | undefined>;
  /** A screenshot `result` listed; absent for providers that take none. */
  screenshot?(scanId: string, resolution: ScreenshotResolution): Promise<Blob>;
  /** Checks the credentials with the cheapest call, and says what it found. */
  testConnection(): Promise<ConnectionResult>;
}
