import { browser } from 'wxt/browser';

/**
 * The extension APIs Scanlink uses that not every browser offers: Firefox for Android has no context
 * menus and no keyboard shortcuts, older or other browsers lack declarativeNetRequest or off-screen
 * drawing. Each place that needs one asks here first, so a missing API costs a feature and a message in
 * the log, never a TypeError on `undefined` that takes the rest of the worker's start-up with it.
 */
export type BrowserFeature =
  | 'contextMenus'
  | 'keyboardShortcuts'
  | 'shortcutList'
  | 'notifications'
  | 'navigationBlocking'
  | 'toolbarBadge'
  | 'offscreenDrawing';

/** Dotted paths that must all lead to functions: the extension API (`browser`) or the global scope. */
const NEEDS: Record<BrowserFeature, { in: 'browser' | 'scope'; functions: string[] }> = {
  contextMenus: {
    in: 'browser',
    functions: ['contextMenus.create', 'contextMenus.removeAll', 'contextMenus.onClicked.addListener'],
  },
  keyboardShortcuts: { in: 'browser', functions: ['commands.onCommand.addListener'] },
  shortcutList: { in: 'browser', functions: ['commands.getAll'] },
  notifications: { in: 'browser', functions: ['notifications.create'] },
  navigationBlocking: {
    in: 'browser',
    functions: [
      'declarativeNetRequest.getDynamicRules',
      'declarativeNetRequest.updateDynamicRules',
      'declarativeNetRequest.getSessionRules',
      'declarativeNetRequest.updateSessionRules',
    ],
  },
  toolbarBadge: {
    in: 'browser',
    functions: ['action.setBadgeText', 'action.setBadgeBackgroundColor', 'action.setTitle'],
  },
  offscreenDrawing: {
    in: 'scope',
    functions: ['OffscreenCanvas', 'OffscreenCanvas.prototype.convertToBlob', 'createImageBitmap'],
  },
};

/** What Scanlink does without each feature, in words for whoever reads the extension's console. */
export const WITHOUT_FEATURE: Record<BrowserFeature, string> = {
  contextMenus:
    'this browser has no context menus for extensions: "Scan this link" and "Scan this page" are not offered (the popup still scans the page).',
  keyboardShortcuts:
    'this browser has no keyboard shortcuts for extensions: no shortcut scans the page (the popup still does).',
  shortcutList:
    'this browser does not tell extensions their keyboard shortcuts: the options page cannot show the one that scans the page.',
  notifications:
    'this browser has no notifications for extensions: scans from the menu or the shortcut answer only in the popup and its history.',
  navigationBlocking:
    'this browser has no declarativeNetRequest: known-malicious pages are not stopped before they load (the warning banner still appears on them).',
  toolbarBadge:
    'this browser cannot badge the toolbar icon: verdicts show in the popup and on the page only.',
  offscreenDrawing: 'this browser cannot draw images off-screen: hover cards show no screenshot thumbnail.',
};

function functionAt(root: unknown, path: string): boolean {
  let value: unknown = root;
  for (const key of path.split('.')) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'function';
}

/** Whether `api` (an extension API object like `browser`) and `scope` (a global object) offer `feature`. */
export function offers(feature: BrowserFeature, api: unknown, scope: unknown): boolean {
  const need = NEEDS[feature];
  const root = need.in === 'browser' ? api : scope;
  return need.functions.every((path) => functionAt(root, path));
}

const reported = new Set<BrowserFeature>();

interface Environment {
  /** The extension API; `browser` from WXT unless a test passes its own. */
  api?: unknown;
  /** The global scope; `globalThis` unless a test passes its own. */
  scope?: unknown;
  log?: (message: string) => void;
}

/**
 * Whether this browser offers `feature`. When it does not, says once per context what Scanlink does
 * without it (a warning, not an error: nothing is broken, the browser lacks it).
 */
export function canUse(
  feature: BrowserFeature,
  { api = browser, scope = globalThis, log = console.warn }: Environment = {},
): boolean {
  if (offers(feature, api, scope)) return true;
  if (!reported.has(feature)) {
    reported.add(feature);
    log(`Scanlink: ${WITHOUT_FEATURE[feature]}`);
  }
  return false;
}

/** Forgets which missing features were already reported (for tests). */
export function resetReportedFeatures(): void {
  reported.clear();
}
