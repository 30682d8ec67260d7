import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumPath } from './chromium-path';

/** The build under test (`SCANLINK_OUT_DIR` lets two test runs share one checkout). */
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

/**
 * Headless Chromium on `profileDir` with only the built extension loaded. Closing the context and
 * launching again on the same directory is a browser restart: IndexedDB, alarms and settings stay.
 * (`--load-extension` alone loads nothing: Playwright disables extensions unless told otherwise.)
 * `uiLanguage` ("de") starts the browser in another language; English otherwise.
 */
export function launchWithExtension(profileDir: string, uiLanguage?: string): Promise<BrowserContext> {
  return launchChromium(profileDir, [
    ...loadExtensionArgs(EXTENSION_DIR),
    // The language of the extension's strings (`i18n.getMessage`); `i18n.getUILanguage()` ignores it.
    ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
  ]);
}

/** The same browser with no extension at all: the baseline the benchmark measures Scanlink against. */
export function launchWithoutExtension(profileDir: string): Promise<BrowserContext> {
  return launchChromium(profileDir, []);
}

/** The arguments that load an unpacked extension from `dir` (and no other). */
export const loadExtensionArgs = (dir: string) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];

/**
 * How every Chromium here starts (tests, benchmark, demo, policy tests): no sandbox (containers run as
 * root), no GPU, and none of the browser's own background traffic, so the only requests are the ones
 * under test.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function launchChromium(profileDir: string, extensionArgs: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...extensionArgs, ...CHROMIUM_ARGS],
  });
}

/** The extension in `context`: its id, its service worker, and a way to open its pages. */
export async function extensionIn(context: BrowserContext): Promise<Extension> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    id,
    worker,
    async page(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
  };
}
