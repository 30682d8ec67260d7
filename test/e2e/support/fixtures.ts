import { type BrowserContext, test as base, expect } from '@playwright/test';
import { type MockApi, type MockApiOptions, startMockApi } from '../../mock-api/server';
import { type Extension, extensionIn, launchWithExtension } from './launch';

export { EXTENSION_DIR, type Extension } from './launch';

interface Fixtures {
  mockOptions: MockApiOptions;
  /** The browser's language for the extension's strings, e.g. "de" (`test.use({ uiLanguage: 'de' })`). */
  uiLanguage: string | undefined;
  mockApi: MockApi;
  context: BrowserContext;
  extension: Extension;
}

export const test = base.extend<Fixtures>({
  mockOptions: [{ scanDurationMs: 1_500 }, { option: true }],
  uiLanguage: [undefined, { option: true }],
  mockApi: async ({ mockOptions }, use) => {
    const api = await startMockApi(mockOptions);
    await use(api);
    await api.close();
  },
  context: async ({ uiLanguage }, use, testInfo) => {
    const context = await launchWithExtension(testInfo.outputPath('profile'), uiLanguage);
    await use(context);
    await context.close();
  },
  extension: async ({ context }, use) => {
    await use(await extensionIn(context));
  },
});

export { expect };
