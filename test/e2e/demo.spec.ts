import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { captureScreenshots } from '../demo/capture';
import { DEMO_LINKS, type DemoVerdict, FLAGGED_PAGE_URL } from '../demo/demo-links';
import { demoLinkLocator } from '../demo/demo-pages';
import { type DemoSession, startDemo } from '../demo/demo-session';
import { badgeLabelsBeside } from '../demo/link-badges';
import { expect, test } from './support/fixtures';

// `npm run demo`: first its setup as the script runs it, asserted as a person would see it; then the
// script itself as a person starts and stops it on a machine with no display.

const BADGE_LABEL: Record<DemoVerdict, RegExp> = {
  safe: /^Scanlink: no threats found$/,
  suspicious: /^Scanlink: suspicious/,
  malicious: /^Scanlink: malicious/,
};

test.describe('the demo’s setup', () => {
  test.describe.configure({ mode: 'serial' });
  let session: DemoSession;
  test.beforeAll(async () => {
    session = await startDemo({ headless: true });
  });
  test.afterAll(async () => {
    await session?.close();
  });

  test('badges every link on the demo page with the verdict it is meant to have', async () => {
    const page = session.demoPage;
    const links = demoLinkLocator(page);
    // Every link the page shows is one of the demo's, so none goes unchecked.
    expect(
      await page.locator('main a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href)),
    ).toEqual(DEMO_LINKS.map((link) => link.url));
    const labels = await badgeLabelsBeside(page, links);
    expect(Object.fromEntries(DEMO_LINKS.map((link, i) => [link.url, labels[i]]))).toEqual(
      Object.fromEntries(
        DEMO_LINKS.map((link) => [link.url, expect.stringMatching(BADGE_LABEL[link.expected])]),
      ),
    );
    // The pointer rests on the last link: its card is open, with the verdict in words.
    await expect(
      page.getByRole('status', { name: `Scanlink verdict for ${FLAGGED_PAGE_URL}` }),
    ).toContainText('Malicious');
  });

  // The README shows these pictures: taken here, from the demo as it runs, they never go stale.
  test('takes the README’s screenshots: the badged page, the banner, the popup and the report page', async () => {
    const shots = await captureScreenshots(session, README_SCREENSHOTS);
    expect(shots.map((shot) => relative(REPO_ROOT, shot.path))).toEqual(
      ['demo-page.png', 'warning-banner.png', 'popup.png', 'report-page.png'].map((name) =>
        join('test', 'screenshots', name),
      ),
    );
    for (const { path } of shots) {
      expect(pngSize(path), path).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    }
  });

  test('shows the warning banner on the malicious demo page', async () => {
    const banner = session.flaggedPage.getByRole('alert');
    await expect(banner).toContainText('this page was reported malicious');
    await expect(banner.getByRole('button', { name: 'Go back' })).toBeVisible();
    await expect(banner).toBeInViewport();
  });
});

test.describe('npm run demo with no display', () => {
  test.setTimeout(120_000);
  // A failed test must not leave a demo running.
  test.afterEach(async () => {
    for (const { child, tmpDir } of runs.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
        process.kill(-(child.pid ?? 0), 'SIGINT');
        await exited;
      }
      rmSync(tmpDir, { recursive: true, force: true });
    }
  });

  test('saves screenshots of the badged page and the popup, prints their paths, and exits leaving nothing behind', async () => {
    const demo = runDemoScript(test.info().outputPath('run'));
    expect(await demo.exitCode, demo.output()).toBe(0);

    const output = demo.output();
    expect(output).toContain('No display');
    const printed = [...output.matchAll(/^ {2}(\/\S+\.png) {3}/gm)].map(([, path]) => path ?? '');
    expect(printed.map((path) => basename(path))).toEqual([
      'demo-page.png',
      'warning-banner.png',
      'popup.png',
      'report-page.png',
    ]);
    for (const path of printed) {
      expect(path.startsWith(demo.outDir)).toBe(true);
      expect(pngSize(path), path).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    }
    await expectNothingLeft(demo);
  });

  test('with --keep it runs until Ctrl+C, then stops the browser and servers and removes the profile', async () => {
    const demo = runDemoScript(test.info().outputPath('run'), ['--keep']);
    await expect.poll(demo.output, { timeout: 90_000 }).toContain('--keep: still running');
    // Still running: the script, its Chromium on the profile, the profile itself.
    expect(demo.process.exitCode).toBeNull();
    expect(processesMentioning(demo.tmpDir)).not.toEqual([]);
    expect(leftProfiles(demo)).toHaveLength(1);

    // A terminal's Ctrl+C goes to the whole process group: tsx and the script alike.
    process.kill(-(demo.process.pid ?? 0), 'SIGINT');
    expect(await demo.exitCode, demo.output()).toBe(0);
    expect(demo.output()).toContain('Stopping the demo');
    await expectNothingLeft(demo);
  });
});

interface DemoRun {
  process: ChildProcess;
  exitCode: Promise<number | null>;
  output(): string;
  outDir: string;
  tmpDir: string;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Where the README's pictures live (committed; every test run takes them anew). */
const README_SCREENSHOTS = resolve(REPO_ROOT, 'test/screenshots');
const runs: { child: ChildProcess; tmpDir: string }[] = [];

/**
 * `npm run demo -- --no-build` as a person would run it without a display (the build under test is
 * SCANLINK_OUT_DIR's, as for every spec), with its own temporary directory so what it leaves is visible.
 */
function runDemoScript(dir: string, args: string[] = []): DemoRun {
  const outDir = resolve(dir, 'screenshots');
  // Short: Chromium puts a socket in it, and a socket path may not exceed 107 bytes.
  const tmpDir = mkdtempSync(join(tmpdir(), 'demo-spec-'));
  const { DISPLAY: _x11, WAYLAND_DISPLAY: _wayland, ...env } = process.env;
  const child = spawn(
    process.execPath,
    [
      resolve(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/demo.ts',
      '--no-build',
      '--out-dir',
      outDir,
      ...args,
    ],
    { cwd: REPO_ROOT, env: { ...env, TMPDIR: tmpDir }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exitCode = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => resolveExit(code)),
  );
  runs.push({ child, tmpDir });
  return { process: child, exitCode, output: () => output, outDir, tmpDir };
}

function leftProfiles(demo: DemoRun): string[] {
  return readdirSync(demo.tmpDir).filter((name) => name.startsWith('scanlink-demo-'));
}

/** No profile directory, no process started with one (Chromium), and the mock API no longer answering. */
async function expectNothingLeft(demo: DemoRun) {
  expect(leftProfiles(demo)).toEqual([]);
  expect(processesMentioning(demo.tmpDir)).toEqual([]);
  const mockApi = /mock URL Scanner at (http:\/\/127\.0\.0\.1:\d+)\//.exec(demo.output())?.[1];
  expect(mockApi, 'the mock API address in the output').toBeDefined();
  await expect(fetch(`${mockApi}/`)).rejects.toThrow();
}

function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (commandLine.includes(text)) found.push(`${pid}: ${commandLine.slice(0, 200)}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The size a PNG file declares, or undefined if the file is not a PNG with a picture in it. */
function pngSize(path: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR')
    return undefined;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
