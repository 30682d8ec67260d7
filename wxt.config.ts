import { defineConfig } from 'wxt';
import { SCAN_PAGE_COMMAND } from './lib/commands/scan-page-command';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Every string people read comes from here, through `browser.i18n` (see lib/i18n/).
  i18n: { localesDir: 'lib/i18n/locales' },
  // Explicit imports: every name in the code can be followed to its file.
  imports: false,
  // A second build directory lets two test runs share one checkout (see test/e2e/support/fixtures.ts).
  outDir: process.env.SCANLINK_OUT_DIR ?? '.output',
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
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'scanlink@scanlink.dev' } } }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
