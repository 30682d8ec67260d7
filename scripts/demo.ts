import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension } from '../test/demo/build-extension';
import { captureScreenshots } from '../test/demo/capture';
import { hasDisplay } from '../test/demo/demo-browser';
import { DEMO_PAGE_URL, FLAGGED_PAGE_URL } from '../test/demo/demo-links';
import { type DemoSession, startDemo } from '../test/demo/demo-session';
import { chromiumPath } from '../test/e2e/support/chromium-path';

// `npm run demo`: Scanlink in Chromium against the mock URL Scanner, on a page of safe, suspicious and
// malicious links, with no Cloudflare account. The steps live in test/demo/ (the e2e test runs them too).

const USAGE = `Usage: npm run demo [-- --no-build] [--keep] [--out-dir DIR]

  --no-build      use the last build instead of running \`wxt build\` first
  --keep          with no display: keep running after the screenshots, until Ctrl+C
  --out-dir DIR   with no display: where the screenshots go (default: demo-output)

Headed when DISPLAY or WAYLAND_DISPLAY is set, headless otherwise. CHROMIUM_PATH picks the browser,
SCANLINK_OUT_DIR the build directory.`;

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        'out-dir': { type: 'string', default: 'demo-output' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const options = parseOptions();
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const headed = hasDisplay(process.env);

try {
  console.log(`Scanlink demo: using ${chromiumPath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!headed) {
  console.log(
    'No display (neither DISPLAY nor WAYLAND_DISPLAY is set): Chromium runs headless and the demo saves ' +
      'screenshots instead of showing a window.',
  );
}

// Ctrl+C (or SIGTERM) at any point stops the browser and both servers and removes the profile.
const interrupted = new AbortController();
let session: DemoSession | undefined;
let stopping: Promise<never> | undefined;
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    await session?.close();
    process.exit(code);
  })();
  return stopping;
}
let firstSignalAt = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping || interrupted.signal.aborted) {
      // npm and tsx pass a terminal's Ctrl+C on as well, within milliseconds; a later one is the person
      // insisting.
      if (Date.now() - firstSignalAt < 1_000) return;
      console.error(
        'Stopped without cleaning up: a Chromium profile may be left in the temporary directory.',
      );
      process.exit(130);
    }
    firstSignalAt = Date.now();
    console.log('\nStopping the demo… (press Ctrl+C again to stop at once)');
    if (session) void stop(0);
    else interrupted.abort(new Error('Stopped before the demo was ready.'));
  });
}

try {
  if (!options['no-build']) {
    console.log('Building the extension (wxt build)…');
    await buildExtension();
  }
  session = await startDemo({
    headless: !headed,
    signal: interrupted.signal,
    log: (step) => console.log(`• ${step}`),
  });
} catch (error) {
  if (interrupted.signal.aborted) {
    console.log('Demo stopped.');
    process.exit(0);
  }
  console.error(`\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log(`
Scanlink is running against the mock URL Scanner at ${session.mockApi.baseUrl} (no account needed).
  Demo page       ${DEMO_PAGE_URL}   every link badged: ✓ no threats found, ? suspicious, ! malicious
  Malicious page  ${FLAGGED_PAGE_URL}   Scanlink's warning banner`);

try {
  if (headed) {
    session.context.once('close', () => void stop(0));
    console.log(`
In the Chromium window:
  • rest the pointer on a link (or Tab to it) to see its hover card;
  • click Scanlink's toolbar icon (pin it from the puzzle-piece menu) for the popup and the report;
  • click a malicious link: Scanlink stops it on its warning page before the page loads.

Press Ctrl+C here (or close the browser) to stop; the browser, servers and profile are removed.`);
  } else {
    const shots = await captureScreenshots(session, resolve(options['out-dir']));
    console.log('\nScreenshots:');
    for (const shot of shots) console.log(`  ${shot.path}   ${shot.shows}`);
    if (options.keep) {
      console.log(
        '\n--keep: still running. Press Ctrl+C to stop; the browser, servers and profile are removed.',
      );
    } else {
      await stop(0);
    }
  }
} catch (error) {
  console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
