import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every name in the code can be followed to its file.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Scanlink',
    description: 'Tells you whether a link is dangerous before you open it (Cloudflare URL Scanner).',
    permissions: ['storage', 'alarms', 'contextMenus', 'notifications', 'unlimitedStorage'],
    // The API base URL is configurable (a proxy, a self-hosted mock); scans are only ever sent to the
    // configured API origin. The content script (badges, banner) runs on every page as well.
    host_permissions: ['<all_urls>'],
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
