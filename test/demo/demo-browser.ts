import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/support/chromium-path';
import {
  CHROMIUM_ARGS,
  EXTENSION_DIR,
  type Extension,
  extensionIn,
  loadExtensionArgs,
} from '../e2e/support/launch';
import { demoHostResolverRules } from './demo-links';

export interface DemoBrowserOptions {
  profileDir: string;
  /** Headless when there is no display to show a window on. */
  headless: boolean;
  /** The demo site's port on 127.0.0.1, where every demo name is sent. */
  sitePort: number;
}

export interface DemoBrowser {
  context: BrowserContext;
  extension: Extension;
}

/** Whether a window can be shown: an X11 or a Wayland display. */
export function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Whether the built extension is where the launch will look for it. */
export function builtExtensionDir(): { dir: string; found: boolean } {
  return { dir: EXTENSION_DIR, found: existsSync(join(EXTENSION_DIR, 'manifest.json')) };
}

/**
 * Chromium with the built extension, as the e2e tests launch it (test/e2e/support/launch.ts), plus the
 * demo's name mapping, and headed when asked. Signals are left to the caller, which closes the browser
 * together with the servers and the profile.
 */
export async function launchDemoBrowser({
  profileDir,
  headless,
  sitePort,
}: DemoBrowserOptions): Promise<DemoBrowser> {
  const build = builtExtensionDir();
  if (!build.found) {
    throw new Error(
      `No built extension in ${build.dir}. Build it first (npm run build), or drop --no-build.`,
    );
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless,
    // A window on a real display sizes its pages itself. Headless pages get room for the whole demo
    // page and a hover card below its last link.
    viewport: headless ? { width: 1100, height: 1100 } : null,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      ...loadExtensionArgs(build.dir),
      `--host-resolver-rules=${demoHostResolverRules(sitePort)}`,
      ...CHROMIUM_ARGS,
      '--no-default-browser-check',
      // Lets Chromium pick Wayland when that is the only display.
      ...(headless ? [] : ['--ozone-platform-hint=auto']),
    ],
  });
  return { context, extension: await extensionIn(context) };
}
