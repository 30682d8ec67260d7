import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { countRows } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { learnVerdict } from './support/known-verdict';
import { configureThroughOptions } from './support/options-form';

const PHISH = 'https://login-phish.example/account';

const textOf = async (download: Download) => readFileSync(await download.path(), 'utf8');

test('the history exports as JSON and CSV without any secret, and an import adds only what is new', async ({
  extension,
  mockApi,
}) => {
  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await learnVerdict(extension.worker, PHISH, 'malicious');
  await options.reload();

  const [json] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^scanlink-history-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await textOf(json));
  expect(exported).toMatchObject({ format: 'scanlink-history', scans: [{ url: PHISH, kind: 'malicious' }] });
  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export as CSV' }).click(),
  ]);
  const csvText = await textOf(csv);
  expect(csvText.split('\r\n')[1]).toContain(`,${PHISH},malicious,`);
  for (const text of [JSON.stringify(exported), csvText]) {
    expect(text).not.toContain(mockApi.token);
    expect(text).not.toContain(mockApi.accountId);
  }

  // The same file with one scan more, from another browser: only that one is added.
  const other = {
    ...exported.scans[0],
    scanId: 'from-elsewhere',
    url: 'https://docs.example/guide',
    kind: 'safe',
  };
  const merged = { ...exported, scans: [...exported.scans, other] };
  await options.getByLabel('Import a history file (JSON)').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(merged)),
  });
  await expect(options.getByText(/^Imported 1 new scan and 0 verdicts/)).toBeVisible();
  expect(await countRows(extension.worker, 'scans')).toBe(2);

  await options.getByLabel('Import a history file (JSON)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(options.getByText(/^Not imported: The file is not a Scanlink history/)).toBeVisible();
  expect(await countRows(extension.worker, 'scans')).toBe(2);
});
