import { existsSync } from 'node:fs';

// Playwright cannot download its browsers here: tests use an installed Chromium. The real binary behind
// Debian's /usr/bin/chromium wrapper starts a little faster.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Run `npm run setup` (installs Debian’s chromium), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
