import { createCloudflareProvider } from '../../lib/cloudflare/provider';
import { ScanlinkDatabase } from '../../lib/db/database';
import type { VerdictRow } from '../../lib/db/rows';
import { createScanStore, type Waiters } from '../../lib/db/scan-store';
import type { ScanProvider } from '../../lib/providers/scan-provider';
import { createJobRunner } from '../../lib/scan/job-runner';
import { createScanRequests } from '../../lib/scan/scan-request';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings-schema';
import { createFakeClock, createFakeScanner, type FakeClock } from './fake-scanner';

let databases = 0;

/**
 * The pipeline over a real (fake-indexeddb) database, an in-memory scanner and a fake clock.
 * `restart()` builds a new runner over the same database, as a service worker restart does.
 */
export function createPipelineHarness(
  overrides: Partial<Settings> = {},
  scanDurationMs = 20_000,
  /** Another scanner than Cloudflare's over the fake one (a synchronous provider, say), given that one. */
  providerFor?: (clock: FakeClock, cloudflare: ScanProvider) => ScanProvider,
) {
  const clock = createFakeClock();
  const scanner = createFakeScanner(clock, scanDurationMs);
  const db = new ScanlinkDatabase(`test-${++databases}-${Math.random()}`);
  const store = createScanStore(db);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    accountId: 'account',
    credentials: { kind: 'token', token: 'token' },
    ...overrides,
  };
  const cloudflare = createCloudflareProvider(scanner.api, async () => settings);
  const provider = providerFor?.(clock, cloudflare) ?? cloudflare;
  const notified: { verdict: VerdictRow; tabIds: readonly number[] }[] = [];
  const deps = {
    provider: () => provider,
    store,
    settings: async () => settings,
    now: clock.now,
    random: () => 0.5,
    onVerdict: (verdict: VerdictRow, { tabIds }: Waiters) => notified.push({ verdict, tabIds }),
  };
  let runDue = createJobRunner(deps);

  return {
    clock,
    scanner,
    store,
    settings,
    notified,
    scan: createScanRequests(deps),
    runDue: () => runDue(),
    restart() {
      runDue = createJobRunner(deps);
    },
    /** Runs due work, jumping the clock to each next wake time, until nothing is left (or `until`). */
    async runUntilIdle(until = Number.POSITIVE_INFINITY): Promise<void> {
      for (let i = 0; i < 1_000; i++) {
        const next = await runDue();
        if (next === undefined || next > until) return;
        clock.set(next);
      }
      throw new Error('The pipeline never went idle');
    },
  };
}
