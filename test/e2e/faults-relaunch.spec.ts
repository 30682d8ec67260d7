import { allRows, clickScanThisLink, countRows, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { extensionIn, launchWithExtension } from './support/launch';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls } from './support/pages';

// Issue 4, "Faults — nothing lost": the browser is closed while scans are pending, and reopened on the
// same profile. The scans finish by themselves, each submitted exactly once.

const LINKS = [
  'https://relaunch-1.example/a',
  'https://relaunch-2-phish.example/b',
  'https://relaunch-3.example/c',
  'https://relaunch-4-suspicious.example/d',
];
const KINDS = ['safe', 'malicious', 'safe', 'suspicious'];

// This test launches its own browser twice, on one profile; the mock API stays up across both.
/** The browser on `profile` and the extension in it. */
async function launched(profile: string) {
  const context = await launchWithExtension(profile);
  return { context, extension: await extensionIn(context) };
}

test('scans pending when the browser closes finish after it reopens on the same profile', async ({
  mockApi,
}, testInfo) => {
  const profile = testInfo.outputPath('relaunched-profile');
  // Slow enough that, at the close, the first scans are still running and the last still wait their turn.
  mockApi.setScanDuration(4_000);

  const first = await launched(profile);
  try {
    await configureThroughOptions(first.extension, mockApi, { scanIntervalSeconds: '1', noVisitScans: true });
    for (const link of LINKS) await clickScanThisLink(first.extension.worker, link);
    await expect.poll(() => mockApi.counts().submit, { timeout: 10_000 }).toBe(2);
    const states = (await allRows(first.extension.worker, 'jobs')).map((job) => job.state);
    expect(states).toContain('polling');
    expect(states).toContain('waiting');
  } finally {
    await first.context.close();
  }
  const beforeReopen = mockApi.requests().length;
  const submittedBeforeClose = mockApi.scans();

  const second = await launched(profile);
  try {
    const { worker } = second.extension;
    for (const [index, link] of LINKS.entries()) {
      await expect
        .poll(async () => (await readRow(worker, 'verdicts', link))?.kind, { timeout: 30_000 })
        .toBe(KINDS[index]);
    }
    // The scans submitted before the close were polled by the new browser, and their verdicts stored.
    const pollsAfterReopen = mockApi
      .requests()
      .slice(beforeReopen)
      .filter((r) => r.route === 'result');
    for (const scan of submittedBeforeClose) {
      expect(pollsAfterReopen.some((r) => r.path.endsWith(scan.uuid))).toBe(true);
      expect(await readRow(worker, 'verdicts', scan.url)).toMatchObject({ scanId: scan.uuid });
    }
    // Exactly one submission per URL, before or after the restart.
    expect(submittedUrls(mockApi).sort()).toEqual([...LINKS].sort());
    expect(mockApi.scans()).toHaveLength(LINKS.length);
    expect(await countRows(worker, 'jobs')).toBe(0);
  } finally {
    await second.context.close();
  }
});
