import { resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import { type MockApi, type MockApiOptions, startMockApi } from '../../mock-api/server';
import { chromiumPath } from './chromium-path';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.SCANLINK_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export interface Extension {
  id: string;
  /** The background service worker; the same handle keeps working after the worker restarts. */
  worker: Worker;
  page(path: string): Promise<Page>;
}

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
    const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
  },
  extension: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await use({
      id,
      worker,
      async page(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${id}/${path}`);
        return page;
      },
    });
  },
});

export { expect };
