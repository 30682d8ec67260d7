import { describe, expect, it, vi } from 'vitest';
import { ScanlinkDatabase } from '../db/database';
import { createScanStore } from '../db/scan-store';
import type { NavigationControl } from '../navigation/navigation-control';
import type { Pipeline } from '../scan/pipeline';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { createSettingsStore } from '../settings/settings-store';
import { createRequestHandler } from './handle-request';
import { isAllowedFrom, type Request, requestSchema } from './messages';

let n = 0;

function harness(scanKind: 'safe' | 'pending' | 'refused' = 'pending') {
  const db = new ScanlinkDatabase(`handler-${++n}`);
  const settings = createSettingsStore(db);
  const navigation: NavigationControl = {
    open: vi.fn(async () => {}),
    allowForSession: vi.fn(async () => {}),
    isStopped: vi.fn(async () => false),
    refreshBlocking: vi.fn(async () => {}),
  };
  const scan = vi.fn(async (url: string) =>
    scanKind === 'refused'
      ? { status: 'refused' as const, refusal: 'never-scan', message: 'no' }
      : {
          status: 'queued' as const,
          verdict: { url, kind: scanKind, reasons: [], categories: [], checkedAt: 0 },
        },
  );
  const pipeline = { scan, resume: async () => undefined } as unknown as Pipeline;
  const store = createScanStore(db);
  const handle = createRequestHandler({
    pipeline,
    store,
    settings,
    navigation,
    openReportTab: vi.fn(async () => {}),
    now: () => 0,
  });
  return { handle, settings, navigation, scan, store };
}

/** Strict mode on (and these sites trusted), saved as the options page would. */
async function strict(h: ReturnType<typeof harness>, trustedSites: string[] = []) {
  const { settings } = await h.settings.load();
  await h.settings.save({ ...settings, strictMode: true, trustedSites });
}
const page = { kind: 'content-script' as const, tabId: 4, url: 'https://shop.example/cart' };
const parse = (request: unknown): Request => requestSchema.parse(request);

describe('request handler', () => {
  it('lets a page trust only its own site, and remembers it', async () => {
    const { handle, settings, navigation } = harness();
    await expect(handle(parse({ type: 'trust-site', url: 'https://bank.example/' }), page)).rejects.toThrow(
      'only trust its own site',
    );
    expect(await handle(parse({ type: 'trust-site', url: 'https://shop.example/' }), page)).toEqual({
      trusted: ['shop.example'],
    });
    expect((await settings.load()).settings.trustedSites).toEqual(['shop.example']);
    expect(navigation.refreshBlocking).toHaveBeenCalled();
    // The page now learns it is trusted, and another site does not.
    const view = await handle(parse({ type: 'get-page-settings' }), page);
    expect(view).toMatchObject({ pageTrusted: true, strictMode: false, showSafeBadges: true });
    expect(
      await handle(parse({ type: 'get-page-settings' }), { ...page, url: 'https://x.example/' }),
    ).toMatchObject({ pageTrusted: false });
  });

  it('holds a clicked link on the checking page until its verdict is in, unless it is known safe', async () => {
    const pending = harness('pending');
    await strict(pending);
    expect(
      await pending.handle(
        parse({ type: 'hold-navigation', url: 'https://new.example/', newTab: false }),
        page,
      ),
    ).toEqual({ opened: 'checking' });
    expect(pending.scan).toHaveBeenCalledWith('https://new.example/', 'link-clicked', { tabId: 4 });
    expect(pending.navigation.open).toHaveBeenCalledWith('https://new.example/', {
      tabId: 4,
      newTab: false,
      checking: true,
    });

    for (const kind of ['safe', 'refused'] as const) {
      const known = harness(kind);
      await strict(known);
      expect(
        await known.handle(
          parse({ type: 'hold-navigation', url: 'https://ok.example/', newTab: true }),
          page,
        ),
      ).toEqual({ opened: 'page' });
      expect(known.navigation.open).toHaveBeenCalledWith('https://ok.example/', {
        tabId: 4,
        newTab: true,
        checking: false,
      });
    }
  });

  it('holds links only in strict mode, never scans a trusted site, and takes one hold per tab at a time', async () => {
    const hold = (url: string) => parse({ type: 'hold-navigation', url, newTab: true });
    const off = harness();
    await expect(off.handle(hold('https://a.example/'), page)).rejects.toThrow('Strict mode is off');
    expect(off.navigation.open).not.toHaveBeenCalled();

    const on = harness();
    await strict(on, ['bank.example']);
    expect(await on.handle(hold('https://bank.example/login'), page)).toEqual({ opened: 'page' });
    expect(on.scan).not.toHaveBeenCalled();
    // The same tab again at once: refused, so a page cannot flood the browser with tabs.
    await expect(on.handle(hold('https://b.example/'), page)).rejects.toThrow('already opening');
    expect(on.navigation.open).toHaveBeenCalledTimes(1);
  });

  it('never opens anything but a web link for a page', async () => {
    const h = harness();
    await strict(h);
    for (const url of ['javascript:alert(1)', 'chrome://settings', 'file:///etc/passwd']) {
      await expect(h.handle(parse({ type: 'hold-navigation', url, newTab: false }), page)).rejects.toThrow();
    }
    expect(h.navigation.open).not.toHaveBeenCalled();
  });

  it('answers the status of a URL nobody scanned with nothing', async () => {
    const { handle } = harness();
    expect(await handle(parse({ type: 'get-scan-status', url: 'https://a.example/' }), page)).toEqual({});
    expect(await handle(parse({ type: 'get-link-card', url: 'https://a.example/' }), page)).toEqual({});
    expect(await handle(parse({ type: 'get-report', scanId: 'nope' }), page)).toEqual({ screenshots: [] });
  });

  it('answers badge lookups with kind and categories only, and the page’s own verdict whole', async () => {
    const h = harness();
    const evil = {
      url: 'https://evil.example/',
      kind: 'malicious' as const,
      reasons: ['Phishing.'],
      categories: ['Phishing'],
      checkedAt: 7,
      scanId: 's-1',
    };
    await h.store.putVerdict(evil);
    const badges = await h.handle(
      parse({
        type: 'get-verdicts',
        urls: ['https://EVIL.example', 'https://paypa1.com/signin', 'https://plain.example/'],
      }),
      page,
    );
    expect(badges).toEqual([
      { url: 'https://evil.example/', kind: 'malicious', categories: ['Phishing'] },
      // Never scanned, but the offline checks find it suspicious.
      { url: 'https://paypa1.com/signin', kind: 'suspicious', categories: [] },
    ]);
    expect(await h.handle(parse({ type: 'get-verdict', url: 'https://evil.example' }), page)).toEqual(evil);
    expect(await h.handle(parse({ type: 'get-verdict', url: 'https://plain.example/' }), page)).toBeNull();
  });
});

describe('who may ask what', () => {
  it('keeps privileged requests away from content scripts', () => {
    const fromPage = (request: unknown) => isAllowedFrom('content-script', parse(request));
    expect(fromPage({ type: 'allow-for-session', url: 'https://evil.example/' })).toBe(false);
    expect(fromPage({ type: 'get-report', scanId: 'a' })).toBe(false);
    expect(fromPage({ type: 'get-scan-status', url: 'https://a.example/' })).toBe(false);
    expect(fromPage({ type: 'save-settings', settings: DEFAULT_SETTINGS })).toBe(false);
    expect(fromPage({ type: 'clear-history' })).toBe(false);
    expect(fromPage({ type: 'get-link-card', url: 'https://a.example/' })).toBe(true);
    expect(fromPage({ type: 'trust-site', url: 'https://a.example/' })).toBe(true);
    expect(fromPage({ type: 'hold-navigation', url: 'https://a.example/', newTab: false })).toBe(true);
  });
});
