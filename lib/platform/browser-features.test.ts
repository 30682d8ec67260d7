import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BrowserFeature,
  canUse,
  offers,
  resetReportedFeatures,
  WITHOUT_FEATURE,
} from './browser-features';

const fn = () => {};
const event = { addListener: fn };

/** The APIs Chrome 156 and Firefox 140 on the desktop both offer, as far as Scanlink uses them. */
const desktopApi = () => ({
  contextMenus: { create: fn, removeAll: fn, onClicked: event },
  commands: { onCommand: event, getAll: fn },
  notifications: { create: fn },
  declarativeNetRequest: {
    getDynamicRules: fn,
    updateDynamicRules: fn,
    getSessionRules: fn,
    updateSessionRules: fn,
  },
  action: { setBadgeText: fn, setBadgeBackgroundColor: fn, setTitle: fn },
});

class FakeOffscreenCanvas {
  convertToBlob() {}
}
const windowScope = () => ({ OffscreenCanvas: FakeOffscreenCanvas, createImageBitmap: fn });

const ALL_FEATURES = Object.keys(WITHOUT_FEATURE) as BrowserFeature[];

beforeEach(() => resetReportedFeatures());

describe('browser features', () => {
  it('finds every feature in a browser that has them all', () => {
    for (const feature of ALL_FEATURES) {
      expect(offers(feature, desktopApi(), windowScope()), feature).toBe(true);
    }
  });

  it('finds none in a browser without extension APIs or drawing', () => {
    for (const feature of ALL_FEATURES) expect(offers(feature, undefined, {}), feature).toBe(false);
  });

  it('needs every function of a feature, not just its namespace', () => {
    const api = desktopApi();
    const { updateSessionRules: _, ...withoutSessionRules } = api.declarativeNetRequest;
    expect(offers('navigationBlocking', { ...api, declarativeNetRequest: withoutSessionRules }, {})).toBe(
      false,
    );
    expect(offers('keyboardShortcuts', { commands: { getAll: fn } }, {})).toBe(false);
    expect(offers('shortcutList', { commands: { onCommand: event } }, {})).toBe(false);
    expect(offers('contextMenus', { contextMenus: { create: fn, removeAll: fn } }, {})).toBe(false);
  });

  it('does not take a value for a function', () => {
    expect(offers('notifications', { notifications: { create: 'create' } }, {})).toBe(false);
    expect(offers('notifications', { notifications: null }, {})).toBe(false);
    expect(offers('offscreenDrawing', {}, { OffscreenCanvas: {}, createImageBitmap: fn })).toBe(false);
  });

  it('sees Firefox for Android as it is: no menus and no shortcuts, the rest there', () => {
    const { contextMenus: _menus, commands: _commands, ...android } = desktopApi();
    const present = ALL_FEATURES.filter((feature) => offers(feature, android, windowScope()));
    expect(present.sort()).toEqual([
      'navigationBlocking',
      'notifications',
      'offscreenDrawing',
      'toolbarBadge',
    ]);
  });

  it('needs convertToBlob on the canvas to draw thumbnails off-screen', () => {
    expect(offers('offscreenDrawing', {}, { OffscreenCanvas: class {}, createImageBitmap: fn })).toBe(false);
  });
});

describe('asking for a feature', () => {
  it('answers yes and says nothing when the browser has it', () => {
    const log = vi.fn();
    expect(canUse('notifications', { api: desktopApi(), scope: {}, log })).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });

  it('answers no and says what Scanlink does without it, once per feature', () => {
    const log = vi.fn();
    const api = {};
    expect(canUse('contextMenus', { api, log })).toBe(false);
    expect(canUse('contextMenus', { api, log })).toBe(false);
    expect(canUse('navigationBlocking', { api, log })).toBe(false);
    expect(log.mock.calls).toEqual([
      [expect.stringMatching(/^Scanlink: .*context menus.*"Scan this link"/)],
      [expect.stringMatching(/^Scanlink: .*declarativeNetRequest.*not stopped before they load/)],
    ]);
  });

  it('has words for every feature that can be missing', () => {
    for (const feature of ALL_FEATURES) {
      expect(WITHOUT_FEATURE[feature], feature).toMatch(/^this browser .+: .+\.$/);
    }
  });
});
