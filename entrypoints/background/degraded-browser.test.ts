import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanStore } from '../../lib/db/scan-store';
import { resetReportedFeatures } from '../../lib/platform/browser-features';
import { shrinkScreenshot } from '../../lib/report/thumbnail';
import type { Pipeline } from '../../lib/scan/pipeline';
import type { Settings } from '../../lib/settings/settings-schema';
import { registerContextMenus } from './context-menu';
import { createNavigationGuard } from './navigation-guard';
import { registerScanCommand } from './scan-command';
import { restorePageOnToolbar } from './toolbar-badge';
import { notify } from './verdict-broadcast';

// The background in a browser that lacks an API Scanlink uses (Firefox for Android has no menus or
// shortcuts; others lack declarativeNetRequest or off-screen drawing): the feature is skipped with a
// warning that says what is lost, and nothing throws.

type Namespace = 'contextMenus' | 'commands' | 'notifications' | 'declarativeNetRequest' | 'action';
const fake = fakeBrowser as unknown as Record<Namespace, unknown>;
const removed = new Map<Namespace, unknown>();

function withoutApi(namespace: Namespace): void {
  removed.set(namespace, fake[namespace]);
  fake[namespace] = undefined;
}

const pipeline = { scan: vi.fn() } as unknown as Pipeline;
const store = { getVerdict: vi.fn(async () => undefined) };
let warnings: MockInstance<typeof console.warn>;

beforeEach(() => {
  fakeBrowser.reset();
  resetReportedFeatures();
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  for (const [namespace, api] of removed) fake[namespace] = api;
  removed.clear();
  vi.restoreAllMocks();
});

const warned = () => warnings.mock.calls.map(([message]) => String(message));

describe('the background in a browser without', () => {
  it('context menus: registers no menu and says the menu scans are not offered', () => {
    withoutApi('contextMenus');
    expect(() => registerContextMenus(pipeline, store)).not.toThrow();
    expect(warned()).toEqual([
      expect.stringContaining('"Scan this link" and "Scan this page" are not offered'),
    ]);
  });

  it('keyboard shortcuts: registers no shortcut and says so', () => {
    withoutApi('commands');
    expect(() => registerScanCommand(pipeline, store)).not.toThrow();
    expect(warned()).toEqual([expect.stringContaining('no shortcut scans the page')]);
  });

  it('notifications: a menu scan’s answer is not shown, and the log says where it is instead', async () => {
    withoutApi('notifications');
    await expect(notify('scanlink-x', { title: 'Scanlink', message: 'No threats found' })).resolves.toBe(
      undefined,
    );
    expect(warned()).toEqual([expect.stringContaining('answer only in the popup and its history')]);
  });

  it('a toolbar badge: the icon is left alone', async () => {
    withoutApi('action');
    fakeBrowser.tabs.get = (async (id: number) => ({ id, url: 'https://a.example/' })) as never;
    await expect(restorePageOnToolbar([1], async () => undefined)).resolves.toBe(undefined);
    expect(warned()).toEqual([expect.stringContaining('cannot badge the toolbar icon')]);
  });

  it('declarativeNetRequest: nothing is stopped before it loads, and every verdict still goes through', async () => {
    withoutApi('declarativeNetRequest');
    const newestMaliciousVerdicts = vi.fn(async () => []);
    const guard = createNavigationGuard(
      { newestMaliciousVerdicts, getVerdicts: async () => [] } as unknown as ScanStore,
      async () => ({ trustedSites: [] }) as unknown as Settings,
    );
    const url = 'https://login-phish.example/';
    await guard.verdictChanged({ url, kind: 'malicious', reasons: [], categories: [], checkedAt: 1 });
    await guard.refreshBlocking();
    await guard.allowForSession(url);
    expect(await guard.isStopped(url)).toBe(false);
    expect(newestMaliciousVerdicts).not.toHaveBeenCalled();
    expect(warned()).toEqual([
      expect.stringContaining('known-malicious pages are not stopped before they load'),
    ]);
  });

  it('off-screen drawing: hover cards get no thumbnail', async () => {
    // Node has neither OffscreenCanvas nor createImageBitmap, as some browsers' background pages.
    expect(globalThis.OffscreenCanvas).toBeUndefined();
    expect(await shrinkScreenshot(new Blob([new Uint8Array([137, 80, 78, 71])]))).toBeUndefined();
    expect(warned()).toEqual([expect.stringContaining('hover cards show no screenshot thumbnail')]);
  });
});

describe('the background in a browser with them', () => {
  it('registers the menu and the shortcut, silently', () => {
    const added: string[] = [];
    const event = (name: string) => ({ addListener: () => added.push(name) });
    fake.contextMenus = { create: vi.fn(), removeAll: vi.fn(), onClicked: event('menu click') };
    removed.set('contextMenus', undefined);
    fakeBrowser.commands.onCommand.addListener = (() => added.push('command')) as never;
    registerContextMenus(pipeline, store);
    registerScanCommand(pipeline, store);
    expect(added).toEqual(['menu click', 'command']);
    expect(warned()).toEqual([]);
  });
});
