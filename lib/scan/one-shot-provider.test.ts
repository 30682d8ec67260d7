import { describe, expect, it } from 'vitest';
import type { FakeClock } from '../../test/support/fake-scanner';
import { createPipelineHarness } from '../../test/support/pipeline-harness';
import { ScanApiError } from '../cloudflare/errors';
import type { ProviderReport, ScanProvider } from '../providers/scan-provider';

/** A scanner that answers the submission with its verdict, has no search and takes no screenshots. */
function oneShotProvider(clock: FakeClock) {
  const calls: string[] = [];
  const provider: ScanProvider = {
    id: 'scanurl',
    name: 'One-shot scanner',
    async submit(url) {
      calls.push(`submit ${url}`);
      const finished: ProviderReport = {
        provider: 'scanurl',
        scanId: `one-shot-${calls.length}`,
        report: { final_verdict: 'Elevated Risk' },
        verdict: {
          kind: 'suspicious',
          reasons: ['The domain is 3 days old.'],
          categories: [],
          riskScore: 0.6,
          providerVerdict: 'Elevated Risk',
        },
        screenshots: [],
        scannedAt: clock.now(),
      };
      return { scanId: finished.scanId, finished };
    },
    async result() {
      calls.push('result');
      throw new Error('a one-shot provider has nothing to poll');
    },
    testConnection: async () => ({ ok: true, message: 'fine' }),
  };
  return { provider, calls };
}

describe('a synchronous provider', () => {
  it('stores the verdict it answers the submission with: no search, no poll, no screenshot', async () => {
    let scanner: ReturnType<typeof oneShotProvider> | undefined;
    const h = createPipelineHarness({}, 20_000, (clock) => {
      scanner = oneShotProvider(clock);
      return scanner.provider;
    });
    await h.scan('https://new-shop.example/deal', 'menu-click', { tabId: 4 });
    await h.runUntilIdle();

    expect(scanner?.calls).toEqual(['submit https://new-shop.example/deal']);
    const verdict = await h.store.getVerdict('https://new-shop.example/deal');
    expect(verdict).toMatchObject({ kind: 'suspicious', reasons: ['The domain is 3 days old.'] });
    expect(await h.store.getReport(String(verdict?.scanId))).toEqual({ final_verdict: 'Elevated Risk' });
    expect(await h.store.listJobs()).toEqual([]);
    expect(h.notified).toEqual([{ verdict: expect.objectContaining({ kind: 'suspicious' }), tabIds: [4] }]);
  });
});

describe('changing the scanner while a scan runs', () => {
  it('starts the scan over with the new scanner instead of polling the old one’s scan id', async () => {
    let chosen: ScanProvider | undefined;
    let oneShot: ReturnType<typeof oneShotProvider> | undefined;
    const h = createPipelineHarness({}, 20_000, (clock, cloudflare) => {
      oneShot = oneShotProvider(clock);
      chosen = cloudflare;
      // What the settings choose, read at the start of each run, as the background does.
      return new Proxy(cloudflare, { get: (_, key) => Reflect.get(chosen ?? cloudflare, key) });
    });
    await h.scan('https://switch.example/', 'menu-click');
    await h.runDue(); // searched: nothing to reuse
    await h.runDue(); // submitted to Cloudflare: now polling its scan
    expect((await h.store.listJobs())[0]).toMatchObject({ state: 'polling', provider: 'cloudflare' });

    chosen = oneShot?.provider;
    await h.runUntilIdle();
    expect(oneShot?.calls).toEqual(['submit https://switch.example/']);
    expect(await h.store.getVerdict('https://switch.example/')).toMatchObject({ kind: 'suspicious' });
    expect(h.scanner.count('result')).toBe(0);
  });
});

describe('a synchronous provider whose answer is lost', () => {
  it('submits again at the next slot: it has no search to find the lost scan with', async () => {
    let scanner: ReturnType<typeof oneShotProvider> | undefined;
    const h = createPipelineHarness({}, 20_000, (clock) => {
      scanner = oneShotProvider(clock);
      const { provider } = scanner;
      let lost = 1;
      return {
        ...provider,
        async submit(url, options) {
          const answer = await provider.submit(url, options);
          if (lost-- > 0) throw new ScanApiError('timeout', 'The API did not answer within 25 s');
          return answer;
        },
      };
    });
    await h.scan('https://slow-answer.example/', 'menu-click');
    const started = h.clock.now();
    await h.runUntilIdle();

    expect(scanner?.calls).toEqual([
      'submit https://slow-answer.example/',
      'submit https://slow-answer.example/',
    ]);
    expect(await h.store.getVerdict('https://slow-answer.example/')).toMatchObject({ kind: 'suspicious' });
    // Not the two minutes of searches a scanner with search gets to find its lost scan.
    expect(h.clock.now() - started).toBeLessThan(60_000);
  });
});
