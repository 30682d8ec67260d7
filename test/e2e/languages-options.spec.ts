import { expect, test } from './support/fixtures';

// The options page in a browser set to German, used as a person would: by its German labels. The
// messages beside the fields come from the background, so they prove it answers in German too.

test.use({ uiLanguage: 'de' });

test('the options page labels its fields and buttons in German', async ({ extension }) => {
  const options = await extension.page('options.html');

  await expect(options).toHaveTitle('Scanlink-Einstellungen');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Scanlink-Einstellungen');
  await expect(options.getByRole('group', { name: 'Cloudflare-Konto' })).toBeVisible();
  await expect(options.getByLabel('Konto-ID')).toBeVisible();
  await expect(options.getByRole('radio', { name: 'API-Token (empfohlen)' })).toBeChecked();
  await expect(options.getByLabel('API-Basis-URL')).toHaveValue('https://api.cloudflare.com/client/v4');
  await expect(options.getByRole('checkbox', { name: 'Seiten prüfen, die ich besuche' })).toBeChecked();
  await expect(options.getByLabel('Sekunden zwischen zwei Prüfungen')).toHaveAccessibleDescription(
    'Kostenlose und Self-Serve-Konten dürfen alle 10 Sekunden eine Prüfung senden.',
  );
  await expect(options.getByRole('button', { name: 'Speichern' })).toBeEnabled();
  await expect(options.getByRole('button', { name: 'Verbindung testen' })).toBeEnabled();

  // Another scanner's fields, in German as well.
  await options.getByRole('radio', { name: 'urlscan.io' }).check();
  await expect(options.getByRole('group', { name: 'Sichtbarkeit bei urlscan.io' })).toBeVisible();
  await expect(options.getByRole('radio', { name: 'Privat: nur du' })).toBeChecked();
});

test('an invalid save is refused with German messages beside the fields, and a corrected one is saved', async ({
  extension,
  mockApi,
}) => {
  const options = await extension.page('options.html');
  await options.getByLabel('API-Token', { exact: true }).fill(mockApi.token);
  await options.getByLabel('API-Basis-URL').fill('ftp://api.example');
  await options.getByLabel('Vertrauenswürdige Websites').fill('bank.example/login');
  await options.getByRole('button', { name: 'Speichern' }).click();

  await expect(options.getByRole('status')).toHaveText(
    'Nicht gespeichert: Bitte korrigiere die unten markierten Felder.',
  );
  const accountId = options.getByLabel('Konto-ID');
  await expect(accountId).toHaveAttribute('aria-invalid', 'true');
  await expect(accountId).toHaveAccessibleDescription('Gib deine Cloudflare-Konto-ID ein');
  await expect(options.getByLabel('API-Basis-URL')).toHaveAccessibleDescription(
    /^Die API-URL muss https:\/\/ verwenden/,
  );
  await expect(options.getByLabel('Vertrauenswürdige Websites')).toHaveAccessibleDescription(
    /„bank\.example\/login“: /,
  );

  await accountId.fill(mockApi.accountId);
  await options.getByLabel('API-Basis-URL').fill(mockApi.baseUrl);
  await options.getByLabel('Vertrauenswürdige Websites').fill('bank.example');
  await options.getByRole('button', { name: 'Speichern' }).click();
  await expect(options.getByRole('status')).toHaveText('Gespeichert.');
  await expect(options.getByLabel('API-Token', { exact: true })).toHaveAccessibleDescription(
    /^Gespeichert\. Lass das Feld leer/,
  );
});
