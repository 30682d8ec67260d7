import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run zip` and `npm run zip:firefox` as a person runs them before uploading to the stores, into a
// directory of their own so the build under test is left alone.

const ROOT = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'scanlink-zips-'));

function npmRun(script: string) {
  execFileSync('npm', ['run', '--silent', script], {
    cwd: ROOT,
    env: { ...process.env, SCANLINK_OUT_DIR: outDir },
    stdio: 'pipe',
  });
}

const zipNamed = (suffix: string) => {
  const name = readdirSync(outDir).find((file) => file.endsWith(`-${suffix}.zip`));
  if (!name) throw new Error(`no *-${suffix}.zip in ${readdirSync(outDir).join(', ')}`);
  return join(outDir, name);
};
const entries = (zip: string) => execFileSync('zipinfo', ['-1', zip], { encoding: 'utf8' }).split('\n');
const manifestIn = (zip: string) =>
  JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' }));

describe('store packages', () => {
  beforeAll(() => {
    npmRun('zip');
    npmRun('zip:firefox');
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('npm run zip makes a Chrome and an Edge package of the MV3 extension', () => {
    for (const browser of ['chrome', 'edge']) {
      const manifest = manifestIn(zipNamed(browser));
      expect(manifest).toMatchObject({
        manifest_version: 3,
        background: { service_worker: 'background.js' },
      });
      expect(entries(zipNamed(browser))).toEqual(
        expect.arrayContaining([
          'content-scripts/content.js',
          'popup.html',
          'report.html',
          '_locales/de/messages.json',
        ]),
      );
    }
  });

  it('npm run zip:firefox makes a Firefox package with its id and data-collection declaration', () => {
    const manifest = manifestIn(zipNamed('firefox'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'scanlink@scanlink.dev',
      data_collection_permissions: { required: expect.arrayContaining(['browsingActivity']) },
    });
  });

  it('the Firefox sources package holds what the build reads and none of the tests or their leftovers', () => {
    const files = entries(zipNamed('sources'));
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'wxt.config.ts', 'lib/i18n/locales/en.yml']),
    );
    expect(
      files.filter((file) => /^(test|test-results|bench-results|demo-output|\.output)\//.test(file)),
    ).toEqual([]);
  });
});
