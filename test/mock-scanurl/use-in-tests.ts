import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ScanApiError } from '../../lib/cloudflare/errors';
import { createScanUrlProvider, type ScanUrlAccess } from '../../lib/scanurl/client';
import { type MockScanUrl, startMockScanUrl } from './server';

// The shared set-up of tests that run the real ScanURL provider against this mock over HTTP.

export const TEST_NOW = Date.UTC(2026, 0, 1);

export interface MockScanUrlTests {
  mock(): MockScanUrl;
  /** The provider, reading the mock's URL and key unless told otherwise. */
  provider(
    overrides?: Partial<ScanUrlAccess> & { timeoutMs?: number },
  ): ReturnType<typeof createScanUrlProvider>;
}

/** Starts one mock for the file, resets it before each test, closes it after. */
export function useMockScanUrlInTests(): MockScanUrlTests {
  let mock: MockScanUrl | undefined;
  beforeAll(async () => {
    mock = await startMockScanUrl();
  });
  beforeEach(() => mock?.reset());
  afterAll(() => mock?.close());
  const started = () => {
    if (!mock) throw new Error('the mock ScanURL server has not started');
    return mock;
  };
  return {
    mock: started,
    provider: (overrides = {}) =>
      createScanUrlProvider({
        access: () => ({
          apiBaseUrl: overrides.apiBaseUrl ?? started().baseUrl,
          apiKey: overrides.apiKey ?? started().apiKey,
        }),
        now: () => TEST_NOW,
        ...(overrides.timeoutMs ? { timeoutMs: overrides.timeoutMs } : {}),
      }),
  };
}

/** The ScanApiError a call fails with; fails the test when it succeeds or throws something else. */
export async function scanApiErrorOf(promise: Promise<unknown>): Promise<ScanApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ScanApiError)) throw new Error(`expected a ScanApiError, got ${String(error)}`);
  return error;
}
