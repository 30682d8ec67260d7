import { beforeEach, describe, expect, it } from 'vitest';
import { createPipelineHarness } from '../../test/support/pipeline-harness';
import { choosePublicScans, dismissVisibilityMismatch, keepScansPrivate } from './visibility-choice';

type Harness = ReturnType<typeof createPipelineHarness>;
const URLS = ['https://one.example/', 'https://two.example/', 'https://three.example/'];

describe('a refused visibility (a Free account asked for Unlisted)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createPipelineHarness({ scanDeadlineMs: 60_000 });
    h.scanner.refuseVisibility('Unlisted');
    for (const url of URLS) await h.scan(url, 'menu-click');
    await h.runUntilIdle();
  });

  it('sends one refused submission, not one per link, and pauses without error verdicts', async () => {
    expect(h.scanner.count('submit')).toBe(1);
    const pacing = await h.store.getPacing();
    expect(pacing.visibilityRefused).toMatchObject({
      provider: 'cloudflare',
      asked: 'Unlisted',
      kept: false,
    });
    for (const url of URLS) expect((await h.store.getVerdict(url))?.kind).toBe('pending');
    expect((await h.store.listJobs()).map((j) => j.state)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(h.notified).toEqual([]);
  });

  it('does not fail paused jobs at their deadline, and sends nothing meanwhile', async () => {
    const requests = h.scanner.calls.length;
    h.clock.advance(10 * 60_000);
    await h.runUntilIdle();
    expect(await h.store.listJobs()).toHaveLength(3);
    for (const url of URLS) expect((await h.store.getVerdict(url))?.kind).toBe('pending');
    expect(h.scanner.calls.length).toBe(requests);
  });

  it('finishes all three once the person chooses Public, with fresh deadlines, never Public before', async () => {
    h.clock.advance(10 * 60_000);
    h.settings.visibility = 'Public';
    await choosePublicScans(h.store, h.settings, h.clock.now());
    await h.runUntilIdle();
    for (const url of URLS) expect((await h.store.getVerdict(url))?.kind).toBe('safe');
    const asked = h.scanner.calls.filter((c) => c.route === 'submit').map((c) => c.options?.visibility);
    expect(asked).toEqual(['Unlisted', 'Public', 'Public', 'Public']);
    expect((await h.store.getPacing()).visibilityRefused).toBeUndefined();
  });

  it('stays paused and sends nothing when the person keeps scans private', async () => {
    await keepScansPrivate(h.store);
    h.clock.advance(60 * 60_000);
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect((await h.store.getPacing()).visibilityRefused).toMatchObject({ kept: true });
    expect(await h.store.listJobs()).toHaveLength(3);
  });

  it('refuses automatic scans while paused, and queues the person’s own scan to wait', async () => {
    const automatic = await h.scan('https://four.example/', 'page-visited');
    expect(automatic).toMatchObject({ status: 'refused', refusal: 'scans-paused' });
    if (automatic.status === 'refused') expect(automatic.message).toContain('Unlisted');
    expect(await h.scan('https://five.example/', 'popup-button')).toMatchObject({ status: 'queued' });
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(await h.store.getJob('https://five.example/')).toBeTruthy();
  });
});

describe('a scan made more public than asked', () => {
  it('lets the scan finish, then refuses automatic scans until the warning is dismissed', async () => {
    const h = createPipelineHarness({}, 20_000, (_clock, cloudflare) => ({
      ...cloudflare,
      // An account that enforces Public whatever is asked.
      submit: async (url, options) => ({ ...(await cloudflare.submit(url, options)), visibility: 'public' }),
    }));
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    expect((await h.store.getVerdict('https://example.org/'))?.kind).toBe('safe');
    expect((await h.store.getPacing()).visibilityMismatch).toMatchObject({
      provider: 'cloudflare',
      asked: 'Unlisted',
      answered: 'public',
      url: 'https://example.org/',
    });

    const automatic = await h.scan('https://other.example/', 'link-hovered');
    expect(automatic).toMatchObject({ status: 'refused', refusal: 'scans-paused' });
    if (automatic.status === 'refused') expect(automatic.message).toContain('public');
    await dismissVisibilityMismatch(h.store);
    expect(await h.scan('https://other.example/', 'link-hovered')).toMatchObject({ status: 'queued' });
  });
});
