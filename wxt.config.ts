import { defineConfig } from 'wxt';
import { SCAN_PAGE_COMMAND } from './lib/commands/scan-page-command';

// Firefox's own manifest keys (addons.mozilla.org checks them with `npm run lint:firefox`).
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'scanlink@scanlink.dev',
    // 140 (an ESR) is the first Firefox with the built-in data-collection consent declared below; it has
    // everything else Scanlink needs too (MV3, declarativeNetRequest, module background scripts).
    strict_min_version: '140.0',
    // What leaves the browser, and only for the scanner the person configured: the address of a page they
    // visit or ask to scan (browsing activity) and the address of a link on a page that they rest on,
    // click or pick from the menu (website content: links are part of the page). Never page text,
    // form data or identifiers; the API token goes only to the scanner that issued it. Required, not
    // optional: sending addresses to the scanner is what Scanlink is for.
    data_collection_permissions: { required: ['browsingActivity', 'websiteContent'] },
  },
  // Firefox for Android learnt the data-collection consent in 142. It has no context menus or extension
  // shortcuts: those features step aside there (lib/platform/browser-features.ts).
  gecko_android: { strict_min_version: '142.0' },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Every string people read comes from here, through `browser.i18n` (see lib/i18n/).
  i18n: { localesDir: 'lib/i18n/locales' },
  // Explicit imports: every name in the code can be followed to its file.
  imports: false,
  // A second build directory lets two test runs share one checkout (see test/e2e/support/fixtures.ts).
  outDir: process.env.SCANLINK_OUT_DIR ?? '.output',
  // Manifest V3 for Firefox too (WXT would build MV2 for it): the code is written against MV3 (`action`
  // for the toolbar badge, where MV2 has only `browserAction`; declarativeNetRequest session rules;
  // web-accessible resources limited by `matches`; the CSP as an object), so both browsers run the same
  // code. Firefox runs the background as an event page rather than a service worker, which Scanlink
  // already survives (work lives in IndexedDB, alarms wake it). The difference that matters: Firefox
  // lets people withdraw host access, so the popup and options page ask for it back
  // (lib/platform/host-access.ts).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'contextMenus',
      'notifications',
      'unlimitedStorage',
      'declarativeNetRequestWithHostAccess',
    ],
    // The API base URL is configurable (a proxy, a self-hosted mock); scans are only ever sent to the
    // configured API origin. The content script (badges, banner) runs on every page as well.
    host_permissions: ['<all_urls>'],
    // The warning page a known-malicious navigation is redirected to: a redirect may only land on a
    // page the web may reach. Its CSP forbids framing, and it starts no scan by itself.
    web_accessible_resources: [{ resources: ['check.html'], matches: ['<all_urls>'] }],
    // A keyboard shortcut scans the page in view, as "Scan this page" in the menu does; people can change
    // it in the browser's extension shortcuts.
    commands: {
      [SCAN_PAGE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commands_scanPage__',
      },
    },
    // What an administrator may preset through the browser's policies (see README, "Managed deployment").
    // Firefox defines no schema for managed storage and does not read this key: it takes the preset from
    // its enterprise policy ("3rdparty" → "Extensions" → the add-on's id) as it is.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  // Store packages land in the output directory (git-ignored): `npm run zip`, `npm run zip:firefox`.
  // Firefox's reviewers also get the sources, to rebuild the package: what the build reads, not the tests
  // or what tests, benchmarks and demos leave behind (WXT already leaves out dot-directories such as
  // .output*, node_modules and *.test.ts).
  zip: {
    excludeSources: [
      'test/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'demo-output/**',
      'coverage/**',
      '**/*.log',
      'stats.html',
    ],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
