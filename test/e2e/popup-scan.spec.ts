import { readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test('the popup scans the current page and shows its verdict when it arrives', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  // A page under a public-looking name, answered inside the browser: it never leaves this machine.
  await context.route('https://phish-bank.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Sign in</title><h1>Your bank</h1>' }),
  );
  const site = await context.newPage();
  await site.goto('https://phish-bank.example/login');

  const popup = await extension.page('popup.html');
  await expect(popup.getByText('https://phish-bank.example/login')).toBeVisible();
  await expect(popup.getByText('This page has not been scanned yet.')).toBeVisible();

  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByRole('heading', { name: 'Scanning…' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Malicious' })).toBeVisible();
  await expect(popup.getByText('Cloudflare flagged this page as malicious.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Rescan this page' })).toBeEnabled();
  expect(await readRow(extension.worker, 'verdicts', 'https://phish-bank.example/login')).toMatchObject({
    kind: 'malicious',
  });
  await popup.screenshot({ path: test.info().outputPath('popup-malicious.png') });
});

test('the popup explains in words why a scan cannot start before setup', async ({ context, extension }) => {
  await context.route('https://news.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: 'news' }),
  );
  const site = await context.newPage();
  await site.goto('https://news.example/');

  const popup = await extension.page('popup.html');
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByRole('alert')).toHaveText(
    /not set up yet: add your Cloudflare account ID and API token/,
  );
});
