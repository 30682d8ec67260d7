import { afterEach, expect } from 'vitest';
import type { ScreenshotResolution } from '../../lib/cloudflare/api-schemas';
import { createUrlScannerClient } from '../../lib/cloudflare/client';
import { createCloudflareProvider } from '../../lib/cloudflare/provider';
import type { ProviderId, ScanProvider } from '../../lib/providers/scan-provider';
import { createScanUrlProvider } from '../../lib/scanurl/client';
import type { Settings } from '../../lib/settings/settings-schema';
import { createUrlscanProvider } from '../../lib/urlscan/client';
import { startMockApi } from '../mock-api/server';
import { SCAN_PATH, startMockScanUrl } from '../mock-scanurl/server';
import { startMockUrlscan } from '../mock-urlscan/server';
import { createPipelineHarness } from './pipeline-harness';

// One face for the three scanners' mocks, so a contract test says what happens ("the next answer is a
// 429") and each provider's mock makes it happen in its own dialect.

export const PROVIDER_IDS: readonly ProviderId[] = ['cloudflare', 'urlscan', 'scanurl'];

/** What the contract tests ask the pipeline for: two sizes, so a provider's own choice shows. */
export const SCREENSHOTS_ASKED: ScreenshotResolution[] = ['desktop', 'mobile'];

export interface ProviderMock {
  /** The real provider over its real client, talking HTTP to the mock. */
  provider: ScanProvider;
  /** The screenshots a finished scan should leave in the store (none for a provider that takes none). */
  screenshots: readonly ScreenshotResolution[];
  /** Requests the mock has received so far (any route, refused ones too). */
  requestCount(): number;
  /** Scan submissions the mock has received, accepted or not. */
  submissions(): number;
  /** The next request is refused with a 429 asking to wait this long. */
  rateLimitNext(retryAfterSeconds: number): void;
  /** The next `times` submissions fail with a 5xx. */
  failSubmissions(times: number): void;
  /** The answer that carries the verdict comes back as cut-off JSON, or well-formed in a changed shape. */
  garbleVerdict(how: 'malformed' | 'drifted'): void;
  /** A finished scan of `url` someone made `ageMs` ago by the mock's (real) clock; absent without search. */
  seedScan?(url: string, ageMs: number): string;
  close(): Promise<void>;
}

async function cloudflareMock(wrongKey: boolean): Promise<ProviderMock> {
  const mock = await startMockApi({ scanDurationMs: 0 });
  const access = async () => ({
    apiBaseUrl: mock.baseUrl,
    accountId: mock.accountId,
    credentials: { kind: 'token' as const, token: wrongKey ? 'not-the-token' : mock.token },
  });
  return {
    provider: createCloudflareProvider(createUrlScannerClient({ access }), access),
    screenshots: SCREENSHOTS_ASKED,
    requestCount: () => mock.requests().length,
    submissions: () => mock.counts().submit,
    rateLimitNext: (seconds) => mock.injectFault({ route: 'any', status: 429, retryAfterSeconds: seconds }),
    failSubmissions: (times) => mock.injectFault({ route: 'submit', status: 502, times }),
    garbleVerdict: (how) =>
      mock.injectFault({ route: 'result', body: how === 'drifted' ? 'schema-drift' : 'malformed-json' }),
    seedScan: (url, ageMs) => mock.seedScan({ url, finishedAgoMs: ageMs }),
    close: () => mock.close(),
  };
}

async function urlscanMock(wrongKey: boolean): Promise<ProviderMock> {
  const mock = await startMockUrlscan({ scanDurationMs: 0 });
  // A well-formed key that is not the account's: the mock answers 401 (a malformed one gets a 400).
  const apiKey = wrongKey ? '00000000-0000-4000-8000-000000000000' : mock.apiKey;
  return {
    provider: createUrlscanProvider({ access: () => ({ apiBaseUrl: mock.baseUrl, apiKey }) }),
    screenshots: ['desktop'],
    requestCount: () => mock.requests().length,
    submissions: () => mock.counts().submit,
    rateLimitNext: (seconds) => mock.injectFault({ route: 'any', status: 429, resetAfterSeconds: seconds }),
    failSubmissions: (times) => mock.injectFault({ route: 'submit', status: 503, times }),
    garbleVerdict: (how) =>
      mock.injectFault({ route: 'result', body: how === 'drifted' ? 'schema-drift' : 'malformed-json' }),
    seedScan: (url, ageMs) => mock.seedScan({ url, ageMs }),
    close: () => mock.close(),
  };
}

async function scanUrlMock(wrongKey: boolean): Promise<ProviderMock> {
  const mock = await startMockScanUrl();
  const apiKey = wrongKey ? 'not-the-key' : mock.apiKey;
  // The verdict arrives in the submission's answer: that is the answer that drifts (the verdict renamed,
  // the score turned into a string).
  const drifted = { success: true, data: { status: 'success', verdict: 'Trusted', risk_score: '0.1' } };
  return {
    provider: createScanUrlProvider({ access: () => ({ apiBaseUrl: mock.baseUrl, apiKey }) }),
    screenshots: [],
    requestCount: () => mock.requests().length,
    submissions: () => mock.requests().filter((r) => r.method === 'POST' && r.path === SCAN_PATH).length,
    rateLimitNext: (seconds) =>
      mock.injectFault({ status: 429, headers: { 'retry-after': String(seconds) } }),
    failSubmissions: (times) => mock.injectFault({ status: 500, times }),
    garbleVerdict: (how) =>
      mock.injectFault(how === 'drifted' ? { status: 200, body: drifted } : { malformed: true }),
    close: () => mock.close(),
  };
}

/** Whether the provider searches for existing scans; its mock must then seed one for it to find. */
export function canSearch(mock: ProviderMock): mock is Required<ProviderMock> {
  expect(mock.seedScan === undefined, 'a mock seeds scans exactly when its provider searches').toBe(
    mock.provider.findExisting === undefined,
  );
  return mock.provider.findExisting !== undefined;
}

const START = { cloudflare: cloudflareMock, urlscan: urlscanMock, scanurl: scanUrlMock };

/** Starts mocks for `id` on demand, each closed after its test. */
export function useProviderMocks(id: ProviderId) {
  const open: ProviderMock[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((mock) => mock.close()));
  });
  return async (options: { wrongKey?: boolean } = {}): Promise<ProviderMock> => {
    const mock = await START[id](options.wrongKey ?? false);
    open.push(mock);
    return mock;
  };
}

/**
 * The real pipeline over `mock`'s provider. The harness's fake clock starts at the real time, so a
 * scan's time the mock writes (real) and the job's `now` (fake) are comparable; from there only the fake
 * clock moves, and always forwards.
 */
export function pipelineOver(mock: ProviderMock, overrides: Partial<Settings> = {}) {
  return createPipelineHarness({ screenshotResolutions: SCREENSHOTS_ASKED, ...overrides }, 0, (clock) => {
    const now = Date.now();
    clock.set(now);
    // The fake clock only moves forwards: a machine clock behind its start would break the comparison.
    if (clock.now() !== now) throw new Error('The fake clock starts after the real time; check the date');
    return mock.provider;
  });
}
