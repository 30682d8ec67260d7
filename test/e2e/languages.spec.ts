import { expect, test } from './support/fixtures';

test.describe('in a browser set to German', () => {
  test.use({ uiLanguage: 'de' });

  test('the options page speaks German', async ({ extension }) => {
    const options = await extension.page('options.html');
    await expect(options.getByRole('region', { name: 'Tastenkürzel' })).toContainText(
      'Aktuelle Seite prüfen: Alt+Shift+S',
    );
  });
});

test('in a browser set to English, the options page speaks English', async ({ extension }) => {
  const options = await extension.page('options.html');
  await expect(options.getByRole('region', { name: 'Keyboard shortcut' })).toBeVisible();
});
