import { describe, expect, it, vi } from 'vitest';
import { ScanlinkDatabase } from '../db/database';
import { createScanStore } from '../db/scan-store';
import type { NavigationControl } from '../navigation/navigation-control';
import type { Pipeline } from '../scan/pipeline';
import { createSettingsStore } from '../settings/settings-store';
import { createRequestHandler } from './handle-request';
import { isAllowedFrom, requestSchema } from './messages';

let n = 0;
const extensionPage = { kind: 'extension-page' as const };
const REFUSED = {
  provider: 'cloudflare' as const,
  asked: 'Unlisted',
  message: 'no Unlisted',
  at: 0,
  kept: false,
};

function harness() {
  const db = new ScanlinkDatabase(`visibility-requests-${++n}`);
  const settings = createSettingsStore(db);
  const store = createScanStore(db);
  const resume = vi.fn(async () => undefined);
  const navigation = { refreshBlocking: vi.fn(async () => {}) } as unknown as NavigationControl;
  const handle = createRequestHandler({
    pipeline: { resume } as unknown as Pipeline,
    store,
    settings,
    navigation,
    openReportTab: vi.fn(async () => {}),
    now: () => 1_000,
  });
  const choose = (choice: string) =>
    handle(requestSchema.parse({ type: 'choose-scan-visibility', choice }), extensionPage);
  return { choose, handle, settings, store, resume };
}

describe('the visibility choice', () => {
  it('is never taken from a web page', () => {
    const request = requestSchema.parse({ type: 'choose-scan-visibility', choice: 'public' });
    expect(isAllowedFrom('content-script', request)).toBe(false);
    expect(
      isAllowedFrom('content-script', requestSchema.parse({ type: 'dismiss-visibility-mismatch' })),
    ).toBe(false);
  });

  it('Public: Cloudflare scans become Public, the pause ends and the pipeline runs', async () => {
    const h = harness();
    await h.store.updatePacing({ visibilityRefused: REFUSED });
    await h.choose('public');
    expect((await h.settings.load()).settings.visibility).toBe('Public');
    expect((await h.store.getPacing()).visibilityRefused).toBeUndefined();
    expect(h.resume).toHaveBeenCalled();
  });

  it("Public on urlscan.io changes urlscan.io's own visibility, not Cloudflare's", async () => {
    const h = harness();
    const { settings } = await h.settings.load();
    await h.settings.save({ ...settings, provider: 'urlscan' });
    await h.store.updatePacing({ visibilityRefused: { ...REFUSED, provider: 'urlscan', asked: 'private' } });
    await h.choose('public');
    const saved = (await h.settings.load()).settings;
    expect([saved.urlscanVisibility, saved.visibility]).toEqual(['public', 'Unlisted']);
  });

  it('keep private: still paused, no longer asked, settings untouched', async () => {
    const h = harness();
    await h.store.updatePacing({ visibilityRefused: REFUSED });
    await h.choose('keep-private');
    expect((await h.store.getPacing()).visibilityRefused).toMatchObject({ kept: true });
    expect((await h.settings.load()).settings.visibility).toBe('Unlisted');
    expect(h.resume).not.toHaveBeenCalled();
  });

  it('without a pause, a choice changes nothing', async () => {
    const h = harness();
    await h.choose('public');
    expect((await h.settings.load()).settings.visibility).toBe('Unlisted');
  });
});
