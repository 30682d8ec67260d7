import { describe, expect, it } from 'vitest';
import { createPipelineHarness } from '../../test/support/pipeline-harness';

/** What Dexie throws when the disk (or the browser's share of it) is full. */
const quotaError = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('finishing a scan on a full disk', () => {
  it('makes room by pruning and still keeps the verdict and the scan', async () => {
    const h = createPipelineHarness({ historyLimit: 10 });
    for (const url of ['https://a.example/', 'https://b.example/']) {
      await h.scan(url, 'menu-click');
      await h.runUntilIdle();
    }
    const older = await h.store.getVerdict('https://a.example/');
    expect(await h.store.getScreenshots(String(older?.scanId))).toHaveLength(1);

    const save = h.store.saveFinishedScan;
    let full = true;
    h.store.saveFinishedScan = async (finished, url) => {
      if (full) {
        full = false;
        throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });
      }
      return save(finished, url);
    };
    await h.scan('https://login-phish.example/', 'menu-click', { tabId: 5 });
    await h.runUntilIdle();

    const verdict = await h.store.getVerdict('https://login-phish.example/');
    expect(verdict).toMatchObject({ kind: 'malicious' });
    expect(h.notified.at(-1)).toMatchObject({ verdict: { kind: 'malicious' }, tabIds: [5] });
    expect((await h.store.history(10)).map((s) => s.url)).toContain('https://login-phish.example/');
    // Room was made: older screenshots went, and the new one was not stored.
    expect(await h.store.getScreenshots(String(older?.scanId))).toEqual([]);
    expect(await h.store.getScreenshots(String(verdict?.scanId))).toEqual([]);
    expect(await h.store.listJobs()).toEqual([]);
  });

  it('does not mistake other storage failures for a full disk', async () => {
    const h = createPipelineHarness();
    h.store.saveFinishedScan = async () => {
      throw new Error('Database closed');
    };
    await h.scan('https://a.example/', 'menu-click');
    await expect(h.runUntilIdle()).rejects.toThrow('Database closed');
  });
});
