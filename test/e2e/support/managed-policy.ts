import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path';
import { CHROMIUM_ARGS, EXTENSION_DIR, type Extension, extensionIn, loadExtensionArgs } from './launch';

// Chromium on Linux reads policies only from a directory compiled into it (/etc/chromium/policies for
// Chromium, with no switch to move it), and applies "3rdparty" extension policy to unpacked extensions too.
// So each browser here runs in a private mount namespace (unshare) in which a temporary copy of
// /etc/chromium, holding this run's policy file, is bound over the real one: the policy reaches only that
// browser, and nothing on the machine changes. With root, or with user namespaces, no privilege is needed.

const SYSTEM_DIR = '/etc/chromium';

/** The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, in the letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The ways to get a private mount namespace, the first that works on this machine. */
function unshareArgs(): string[] {
  const candidates = [
    ['--mount', '--propagation', 'private'],
    ['--user', '--map-root-user', '--mount', '--propagation', 'private'],
  ];
  const problems: string[] = [];
  for (const args of candidates) {
    try {
      execFileSync('unshare', [...args, 'true'], { stdio: 'pipe' });
      return args;
    } catch (error) {
      problems.push(`unshare ${args.join(' ')}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  throw new Error(
    `A policy test runs Chromium in a private mount namespace, and none could be made here (${problems.join('; ')}). It needs root or user namespaces.`,
  );
}

const quoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export interface ManagedBrowser {
  context: BrowserContext;
  extension: Extension;
  /** The policy file this browser reads; unique to this run. */
  policyFile: string;
  /** Replaces the policy while the browser runs, as an administrator would. */
  writePolicy(values: Record<string, unknown>): void;
  /** Closes the browser and deletes the policy and everything else this launch wrote. */
  close(): Promise<void>;
}

/** Headless Chromium on `profileDir` with the built extension, under `values` as its organisation's policy. */
export async function launchWithPolicy(
  profileDir: string,
  values: Record<string, unknown>,
): Promise<ManagedBrowser> {
  if (!existsSync(SYSTEM_DIR)) {
    throw new Error(
      `${SYSTEM_DIR} does not exist: this Chromium does not read policies where the test puts them.`,
    );
  }
  const id = unpackedExtensionId(EXTENSION_DIR);
  const root = mkdtempSync(join(tmpdir(), 'scanlink-policy-'));
  const removeAll = () => rmSync(root, { recursive: true, force: true });
  try {
    const configDir = join(root, 'etc-chromium');
    cpSync(SYSTEM_DIR, configDir, {
      recursive: true,
      filter: (path) => !path.startsWith(join(SYSTEM_DIR, 'policies')),
    });
    const managedDir = join(configDir, 'policies', 'managed');
    mkdirSync(managedDir, { recursive: true });
    const policyFile = join(managedDir, `scanlink-e2e-${randomUUID()}.json`);
    const writePolicy = (policy: Record<string, unknown>) =>
      writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
    writePolicy(values);

    const launcher = join(root, 'chromium');
    writeFileSync(
      launcher,
      `#!/bin/sh\nexec unshare ${unshareArgs().join(' ')} sh -c 'mount --bind "$1" ${SYSTEM_DIR} && shift && exec "$@"' sh ${quoted(configDir)} ${quoted(chromiumPath())} "$@"\n`,
    );
    chmodSync(launcher, 0o755);

    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: launcher,
      headless: true,
      args: [...loadExtensionArgs(EXTENSION_DIR), ...CHROMIUM_ARGS],
    });
    const extension = await extensionIn(context);
    if (extension.id !== id) {
      await context.close();
      throw new Error(`The policy was written for extension ${id}, but Chromium loaded ${extension.id}.`);
    }
    return {
      context,
      extension,
      policyFile,
      writePolicy,
      async close() {
        try {
          await context.close();
        } finally {
          removeAll();
        }
      },
    };
  } catch (error) {
    removeAll();
    throw error;
  }
}
