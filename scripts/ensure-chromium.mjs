#!/usr/bin/env node
// Part of `npm run setup`: the browser tests need a Chromium, and Playwright cannot download its own
// here. Uses CHROMIUM_PATH when set, else Debian's chromium, installing it when possible.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function found() {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

let chromium = found();
if (!chromium && !process.env.CHROMIUM_PATH && existsSync('/usr/bin/apt-get')) {
  const asRoot = process.getuid?.() === 0;
  const run = (args) =>
    execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, { stdio: 'inherit' });
  try {
    console.log('Installing Debian’s chromium for the browser tests…');
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', 'chromium']);
  } catch {
    console.error('Could not install chromium with apt-get.');
  }
  chromium = found();
}

if (!chromium) {
  console.error(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`
      : 'No Chromium found. Install Chromium and set CHROMIUM_PATH=/path/to/chromium, then run the tests.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${chromium}`);
