import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    // fake-indexeddb must load before Dexie opens anything.
    // `browser.i18n` answers in English (test/support/i18n-messages.ts).
    setupFiles: ['fake-indexeddb/auto', 'test/support/i18n-messages.ts'],
  },
});
