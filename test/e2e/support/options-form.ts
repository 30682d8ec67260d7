import { expect, type Page } from '@playwright/test';
import type { MockApi } from '../../mock-api/server';
import type { Extension } from './fixtures';

export const STRICT_MODE = 'Strict mode: hold links I open until their verdict is in';

/** Short timings for tests, set through the same form fields a person uses (seconds). */
export interface FormTimings {
  scanIntervalSeconds?: string;
  pollInitialDelaySeconds?: string;
  pollIntervalSeconds?: string;
  /** Untick "Scan pages I visit", for tests about something else than visits. */
  noVisitScans?: boolean;
  /** Tick "Strict mode". */
  strictMode?: boolean;
  /** More text fields to fill, by their visible label. */
  fields?: Record<string, string>;
}

const FAST: FormTimings = {
  scanIntervalSeconds: '0.2',
  pollInitialDelaySeconds: '0.3',
  pollIntervalSeconds: '0.3',
};

/** Points the extension at the mock API through the options form, as a person would, and saves. */
export async function configureThroughOptions(
  extension: Extension,
  mockApi: MockApi,
  extra: FormTimings = {},
): Promise<Page> {
  const timings = { ...FAST, ...extra };
  const page = await extension.page('options.html');
  await page.getByLabel('Account ID').fill(mockApi.accountId);
  await page.getByLabel('API token', { exact: true }).fill(mockApi.token);
  await page.getByLabel('API base URL').fill(mockApi.baseUrl);
  if (timings.scanIntervalSeconds)
    await page.getByLabel('Seconds between scans').fill(timings.scanIntervalSeconds);
  if (timings.pollInitialDelaySeconds) {
    await page.getByLabel('First result check after (seconds)').fill(timings.pollInitialDelaySeconds);
  }
  if (timings.pollIntervalSeconds)
    await page.getByLabel('Then check every (seconds)').fill(timings.pollIntervalSeconds);
  if (timings.noVisitScans) await page.getByLabel('Scan pages I visit').uncheck();
  if (timings.strictMode) await page.getByLabel(STRICT_MODE).check();
  for (const [label, value] of Object.entries(timings.fields ?? {})) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  return page;
}
