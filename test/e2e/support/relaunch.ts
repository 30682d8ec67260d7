import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path';
import { EXTENSION_DIR, type Extension } from './fixtures';

/** The same flags as the `context` fixture: the built extension in headless Chromium, nothing else. */
const ARGS = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Launched {
  context: BrowserContext;
  extension: Extension;
}

/**
 * Starts Chromium with the extension on `profileDir`, as the fixtures do, but under the test's control:
 * closing the context and calling this again on the same directory is a browser restart, with the
 * extension's IndexedDB, alarms and settings as the last run left them.
 */
export async function launchOnProfile(profileDir: string): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    extension: {
      id,
      worker,
      async page(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${id}/${path}`);
        return page;
      },
    },
  };
}
