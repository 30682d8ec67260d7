import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Extension } from '../e2e/support/launch';
import { configureThroughOptions } from '../e2e/support/options-form';
import { type MockApi, startMockApi } from '../mock-api/server';
import { createCleanupStack } from './cleanup-stack';
import { launchDemoBrowser } from './demo-browser';
import { openDemoPage, openFlaggedPage, restOnEachLink, showHoverCard } from './demo-pages';
import { type DemoSite, startDemoSite } from './demo-site';

export interface DemoSession {
  mockApi: MockApi;
  site: DemoSite;
  context: BrowserContext;
  extension: Extension;
  /** The demo page, every link badged, the pointer resting on a malicious one. */
  demoPage: Page;
  /** The malicious demo page, with Scanlink's warning banner. */
  flaggedPage: Page;
  /** Closes the browser and both servers and removes the profile; safe to call more than once. */
  close(): Promise<void>;
}

export interface DemoOptions {
  headless: boolean;
  /** Told about each step as it starts. */
  log?: (step: string) => void;
  /** Ctrl+C during setup: stops what was started, and `startDemo` rejects with the abort reason. */
  signal?: AbortSignal;
}

/** Long enough to watch a link's badge go from "scanning" to its verdict, short enough not to bore. */
const SCAN_DURATION_MS = 1_500;

/**
 * Everything `npm run demo` sets up, step by step: the mock URL Scanner and the demo site, Chromium
 * with the built extension on a fresh profile, the options form pointed at the mock, then the malicious
 * page and the demo page with each link rested on. If a step fails or `signal` aborts, whatever was
 * started is stopped again.
 */
export async function startDemo({ headless, log = () => {}, signal }: DemoOptions): Promise<DemoSession> {
  const stack = createCleanupStack((error) => console.error('While stopping the demo:', error));
  let profileDir: string | undefined;
  const close = async () => {
    await stack.close();
    // Last, once Chromium has exited: it writes to its profile until then.
    if (profileDir) await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  /** Waits for something to start, registers how to stop it, then honours an abort. */
  async function started<T>(starting: Promise<T>, stop: (value: T) => Promise<void> | void): Promise<T> {
    const value = await starting;
    stack.defer(() => stop(value));
    signal?.throwIfAborted();
    return value;
  }
  // Stops the servers and the browser at once, which cuts any wait short; the profile goes in `close`.
  const onAbort = () => void stack.close();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    signal?.throwIfAborted();
    log('Starting the mock URL Scanner API and the demo site on 127.0.0.1');
    const mockApi = await started(startMockApi({ scanDurationMs: SCAN_DURATION_MS }), (api) => api.close());
    const site = await started(startDemoSite(), (demoSite) => demoSite.close());

    log(`Starting Chromium${headless ? ' (headless)' : ''} with Scanlink`);
    profileDir = await mkdtemp(join(tmpdir(), 'scanlink-demo-'));
    signal?.throwIfAborted();
    const { context, extension } = await started(
      launchDemoBrowser({ profileDir, headless, sitePort: site.port }),
      (browser) => browser.context.close(),
    );

    log('Pointing Scanlink at the mock API through its options page');
    const options = await configureThroughOptions(extension, mockApi);
    await options.close();

    log('Opening the malicious demo page (Scanlink scans it and shows its warning banner)');
    const flaggedPage = await openFlaggedPage(context);
    log('Opening the demo page and resting the pointer on each link');
    const demoPage = await openDemoPage(context);
    await restOnEachLink(demoPage);
    // The last link, so that its card opens below it and leaves every badge in view.
    await showHoverCard(demoPage, 'account');
    await demoPage.bringToFront();
    signal?.throwIfAborted();

    return { mockApi, site, context, extension, demoPage, flaggedPage, close };
  } catch (error) {
    await close();
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
