import type { BrowserContext, Page } from '@playwright/test';
import { type Extension, expect, test } from './support/fixtures';

// Access to websites can be taken from Scanlink: in Firefox's add-on settings (Manifest V3 makes it
// optional there), or with Chrome's "Site access: On click". The popup and the options page then say
// what stops working and offer to ask for it again; they follow the browser's setting while open.

const NOTICE = 'Scanlink cannot see websites';

/** The browser's own extension page, where a person sets Scanlink's site access. */
async function setSiteAccess(
  context: BrowserContext,
  extension: Extension,
  access: 'On click' | 'On all sites',
) {
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extension.id}`);
  await settings
    .getByRole('combobox', { name: 'Allow this extension to read and change all your data on websites' })
    .selectOption({ label: access });
  await settings.close();
}

const notice = (page: Page) => page.getByRole('region', { name: NOTICE });

test('with access to websites, as installed, neither the popup nor the options page shows the notice', async ({
  extension,
}) => {
  const popup = await extension.page('popup.html');
  await expect(popup.getByRole('heading', { name: 'Scanlink', level: 1 })).toBeVisible();
  const options = await extension.page('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  for (const page of [popup, options]) await expect(page.getByText(NOTICE)).toHaveCount(0);
});

test('without access, the popup and the options page say what stops working and offer to ask for it', async ({
  context,
  extension,
}) => {
  await setSiteAccess(context, extension, 'On click');

  const popup = await extension.page('popup.html');
  await expect(notice(popup)).toContainText('cannot mark links or warn you on pages');
  await expect(notice(popup)).toContainText('cannot stop known-malicious pages before they load');
  // Reachable from the keyboard: the first control on the popup.
  await popup.keyboard.press('Tab');
  await expect(notice(popup).getByRole('button', { name: 'Allow access to all websites' })).toBeFocused();

  const options = await extension.page('options.html');
  await expect(notice(options).getByRole('button', { name: 'Allow access to all websites' })).toBeVisible();
});

test('the notice goes away by itself once access is given back in the browser’s settings', async ({
  context,
  extension,
}) => {
  await setSiteAccess(context, extension, 'On click');
  const options = await extension.page('options.html');
  await expect(notice(options)).toBeVisible();

  await setSiteAccess(context, extension, 'On all sites');
  await expect(options.getByText(NOTICE)).toHaveCount(0);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
});
