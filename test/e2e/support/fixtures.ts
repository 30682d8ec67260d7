import { type BrowserContext, test as base, expect } from '@playwright/test';
import { type MockApi, type MockApiOptions, startMockApi } from '../../mock-api/server';
import { type Extension, extensionIn, launchWithExtension } from './launch';

export { EXTENSION_DIR, type Extension } from './launch';

interface Fixtures {
  mockOptions: MockApiOptions;
  mockApi: MockApi;
  context: BrowserContext;
  extension: Extension;
}

export const test = base.extend<Fixtures>({
  mockOptions: [{ scanDurationMs: 1_500 }, { option: true }],
  mockApi: async ({ mockOptions }, use) => {
    const api = await startMockApi(mockOptions);
    await use(api);
    await api.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies.
  context: async ({}, use, testInfo) => {
    const context = await launchWithExtension(testInfo.outputPath('profile'));
    await use(context);
    await context.close();
  },
  extension: async ({ context }, use) => {
    await use(await extensionIn(context));
  },
});

export { expect };
