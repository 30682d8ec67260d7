import { expect, type Worker } from '@playwright/test';
import { clickScanThisLink, readRow } from './extension-state';

/** Scans `url` through the menu and waits until its verdict is stored, so pages can meet it known. */
export async function learnVerdict(worker: Worker, url: string, kind: string): Promise<void> {
  await clickScanThisLink(worker, url);
  await expect.poll(() => readRow(worker, 'verdicts', url)).toMatchObject({ kind });
}
