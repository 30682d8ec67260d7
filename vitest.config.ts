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
    setupFiles: ['fake-indexeddb/auto'],
  },
});
