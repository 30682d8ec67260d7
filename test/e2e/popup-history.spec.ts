import { clickScanThisLink, readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test('the popup lists recent scans newest first, filters them by text and verdict, and clears them', async ({
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await clickScanThisLink(extension.worker, 'https://login-phish.example/a');
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', 'https://login-phish.example/a'))
    .toMatchObject({
      kind: 'malicious',
    });
  await clickScanThisLink(extension.worker, 'https://docs.example/b');
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', 'https://docs.example/b'))
    .toMatchObject({
      kind: 'safe',
    });

  const popup = await extension.page('popup.html');
  const items = popup.getByRole('region', { name: 'Recent scans' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('https://docs.example/b');
  await expect(items.nth(1)).toContainText('https://login-phish.example/a');

  await popup.getByLabel('Filter history').fill('PHISH');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('malicious');
  await popup.getByLabel('Filter history').fill('');
  await popup.getByLabel('Verdict').selectOption('safe');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('https://docs.example/b');
  await popup.screenshot({ path: test.info().outputPath('popup-history.png') });

  await popup.getByRole('button', { name: 'Clear history' }).click();
  await expect(popup.getByRole('status')).toHaveText('History cleared.');
  await popup.reload();
  await expect(items).toHaveCount(0);
  expect(await readRow(extension.worker, 'verdicts', 'https://docs.example/b')).toBeUndefined();
});
