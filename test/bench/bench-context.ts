import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import {
  type Extension,
  extensionIn,
  launchWithExtension,
  launchWithoutExtension,
} from '../e2e/support/launch';
import { configureThroughOptions, type FormTimings } from '../e2e/support/options-form';
import { type MockApi, type MockApiOptions, startMockApi } from '../mock-api/server';
import type { Figure } from './figures';

/** `small` runs in CI so the benchmark cannot rot; `full` is the sizes. */
export type BenchSize = 'small' | 'full';

export interface BenchContext {
  size: BenchSize;
  /** Repetitions behind each median. */
  runs: number;
  /** A new, empty directory for a browser profile; removed when the benchmark ends. */
  profileDir(): string;
  log(message: string): void;
}

export interface BenchSection {
  name: string;
  measure(bench: BenchContext): Promise<Figure[]>;
}

export function createBenchContext(size: BenchSize, runs: number): BenchContext & { dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'scanlink-bench-'));
  let profiles = 0;
  return {
    size,
    runs,
    profileDir: () => join(root, `profile-${++profiles}`),
    log: (message) => console.error(`[bench] ${message}`),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface RunningScanlink {
  context: BrowserContext;
  extension: Extension;
  mockApi: MockApi;
  close(): Promise<void>;
}

/** Chromium with the built extension, set up through its options page against a fresh mock API. */
export async function startScanlink(
  bench: BenchContext,
  setup: { mock?: MockApiOptions; form?: FormTimings } = {},
): Promise<RunningScanlink> {
  const mockApi = await startMockApi(setup.mock);
  const context = await launchWithExtension(bench.profileDir());
  const extension = await extensionIn(context);
  const options = await configureThroughOptions(extension, mockApi, setup.form);
  await options.close();
  return {
    context,
    extension,
    mockApi,
    async close() {
      await context.close();
      await mockApi.close();
    },
  };
}

/** The same browser without Scanlink: the baseline. */
export function startPlainChromium(bench: BenchContext): Promise<BrowserContext> {
  return launchWithoutExtension(bench.profileDir());
}
