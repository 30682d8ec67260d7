import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const WXT_CLI = resolve(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs');

/**
 * `wxt build` for Chrome, its output shown as it comes. It honours SCANLINK_OUT_DIR as the tests do, so
 * the demo launches what was just built. Rejects with what to do when the build cannot run or fails.
 */
export function buildExtension(): Promise<void> {
  if (!existsSync(WXT_CLI)) {
    return Promise.reject(new Error(`WXT is not installed (${WXT_CLI} is missing). Run \`npm ci\` first.`));
  }
  return new Promise((resolveBuild, reject) => {
    const build = spawn(process.execPath, [WXT_CLI, 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    build.once('error', (error) => reject(new Error(`Could not start the build: ${error.message}`)));
    build.once('exit', (code, signal) => {
      if (code === 0) return resolveBuild();
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      reject(
        new Error(
          `The build failed (wxt build ${how}); its output is above. Fix it and try again, or run ` +
            '`npm run demo -- --no-build` to try the last build.',
        ),
      );
    });
  });
}
