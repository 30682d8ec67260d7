import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

test('settings saved through the options form are kept, with the token never shown again', async ({
  extension,
  mockApi,
}) => {
  const page = await configureThroughOptions(extension, mockApi);
  await page.getByLabel('Public').check();
  await page.getByLabel('mobile').check();
  await page.getByLabel('Never scan these domains').fill('intranet.example\n*.corp.example');
  await page.getByLabel('Trusted sites').fill('Bank.Example');
  await page.getByLabel('Mark links with no threats found').uncheck();
  await page.getByLabel('Strict mode: hold links I open until their verdict is in').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByLabel('Account ID')).toHaveValue(mockApi.accountId);
  await expect(page.getByLabel('API base URL')).toHaveValue(mockApi.baseUrl);
  await expect(page.getByLabel('Public')).toBeChecked();
  await expect(page.getByLabel('mobile')).toBeChecked();
  await expect(page.getByLabel('desktop')).toBeChecked();
  await expect(page.getByLabel('Never scan these domains')).toHaveValue('intranet.example\n*.corp.example');
  await expect(page.getByLabel('Seconds between scans')).toHaveValue('0.2');
  await expect(page.getByLabel('Trusted sites')).toHaveValue('bank.example');
  await expect(page.getByLabel('Mark links with no threats found')).not.toBeChecked();
  await expect(page.getByLabel('Strict mode: hold links I open until their verdict is in')).toBeChecked();
  // The saved token stays in the background: the field is empty and says a token is saved.
  await expect(page.getByLabel('API token', { exact: true })).toHaveValue('');
  await expect(page.getByText('Saved. Leave empty to keep it')).toBeVisible();
  expect(await page.content()).not.toContain(mockApi.token);
});

test('invalid input is refused with a message beside the field and nothing is saved', async ({
  extension,
  mockApi,
}) => {
  const page = await configureThroughOptions(extension, mockApi);

  await page.getByLabel('Account ID').fill('');
  await page.getByLabel('API base URL').fill('ftp://api.example');
  await page.getByLabel('Never scan these domains').fill('https://bad.example/path');
  await page.getByLabel('Trusted sites').fill('bank.example/login');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Not saved: please correct the fields marked below.');
  await expect(page.getByLabel('Account ID')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter your Cloudflare account ID')).toBeVisible();
  await expect(page.getByLabel('API base URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Never scan these domains')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Trusted sites')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"bank.example/login": Enter just the domain')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Account ID')).toHaveValue(mockApi.accountId);
  await expect(page.getByLabel('API base URL')).toHaveValue(mockApi.baseUrl);
});

test('"Test connection" checks the credentials in the form against the API and says what it found', async ({
  extension,
  mockApi,
}) => {
  const page = await configureThroughOptions(extension, mockApi);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toHaveText(
    /^Connected: the URL Scanner API accepted these credentials/,
  );

  await page.getByLabel('API token', { exact: true }).fill('not-the-token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Not connected: The API rejected the credentials (HTTP 403)',
  );
  await expect(page.getByRole('status')).toContainText('URL Scanner › Edit permission');
  // Testing saves nothing: the saved token still works.
  await page.reload();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Connected/);
  expect(
    mockApi
      .requests()
      .filter((r) => r.route === 'search')
      .every((r) => r.query.q === 'apikey:me'),
  ).toBe(true);
});
