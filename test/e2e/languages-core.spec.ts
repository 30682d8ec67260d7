import type { Worker } from '@playwright/test';
import type { MockApi } from '../mock-api/server';
import { clickScanThisLink } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { type Extension, expect, test } from './support/fixtures';

// What the background, the content script and the scanners say, in a browser set to German.

test.use({ uiLanguage: 'de' });

/** The extension APIs this file calls inside the browser (the test's own types lack them). */
interface ExtensionApis {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getTitle(details: { tabId: number }): Promise<string> };
}

/**
 * Points the extension at the mock API with the same request the options page sends on Save. (The form's
 * labels are German here; the English form helper cannot fill it.)
 */
async function configure(extension: Extension, mockApi: MockApi, { visitScans = true } = {}) {
  const options = await extension.page('options.html');
  const reply = await options.evaluate(
    (settings) =>
      (globalThis as unknown as { chrome: ExtensionApis }).chrome.runtime.sendMessage({
        type: 'save-settings',
        settings,
      }),
    {
      accountId: mockApi.accountId,
      apiBaseUrl: mockApi.baseUrl,
      credentials: { kind: 'token', token: mockApi.token },
      providerKeys: { urlscan: '', scanurl: '' },
      scanIntervalMs: 200,
      pollInitialDelayMs: 300,
      pollIntervalMs: 300,
      autoScanOnVisit: visitScans,
    },
  );
  expect(reply).toMatchObject({ ok: true });
  await options.close();
}

/** Keeps a copy of every notification the extension shows from now on (headless Chromium shows none). */
async function recordNotifications(
  worker: Worker,
): Promise<() => Promise<{ title: string; message: string }[]>> {
  await worker.evaluate(() => {
    type Create = (id: string, options: { title: string; message: string }) => Promise<string>;
    const shown: { title: string; message: string }[] = [];
    Object.assign(globalThis, { shownNotifications: shown });
    const namespaces = new Set(
      [(globalThis as { browser?: unknown }).browser, (globalThis as { chrome?: unknown }).chrome].map(
        (api) => (api as { notifications?: { create: Create } } | undefined)?.notifications,
      ),
    );
    for (const notifications of namespaces) {
      if (!notifications) continue;
      const create = notifications.create.bind(notifications);
      notifications.create = (id, options) => {
        shown.push({ title: options.title, message: options.message });
        return create(id, options);
      };
    }
  });
  return () =>
    worker.evaluate(
      () =>
        (globalThis as unknown as { shownNotifications: { title: string; message: string }[] })
          .shownNotifications,
    );
}

test('a link’s badge and hover card speak German', async ({ context, extension, mockApi }) => {
  await configure(extension, mockApi, { visitScans: false });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  const page = await context.newPage();
  await page.goto('https://news.example/');

  await page.locator('#phish').hover();
  const card = page.getByRole('status', {
    name: 'Scanlink-Bewertung für https://login-phish.example/account',
  });
  await expect(card).toContainText('Gefährlich');
  await expect(card).toContainText('Cloudflare hat diese Seite als gefährlich eingestuft.');
  await expect(card).toContainText('Kategorien: Phishing');
  await expect(card).toContainText('Phishing erkannt:');
  await expect(
    card.getByRole('img', { name: 'Bildschirmfoto, das der Scanner von der Seite aufgenommen hat' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scanlink: gefährlich – Phishing/ })).toBeVisible();
});

test('the warning banner and the toolbar icon on a malicious page speak German', async ({
  context,
  extension,
  mockApi,
}) => {
  await configure(extension, mockApi);
  await servePage(
    context,
    'https://secure-login-phish.example/**',
    '<!doctype html><title>Konto</title><h1>Melde dich bei deiner Bank an</h1>',
  );
  const page = await context.newPage();
  await page.goto('https://secure-login-phish.example/signin');

  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Scanlink: Diese Seite wurde als gefährlich gemeldet.', {
    timeout: 20_000,
  });
  await expect(banner).toContainText('Cloudflare hat diese Seite als gefährlich eingestuft.');
  for (const name of ['Zurück', 'Dieser Website vertrauen', 'Ausblenden']) {
    await expect(banner.getByRole('button', { name })).toBeVisible();
  }
  const toolbarTitle = () =>
    extension.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ExtensionApis }).chrome;
      const [tab] = await chrome.tabs.query({ url: 'https://secure-login-phish.example/*' });
      return tab?.id === undefined ? undefined : chrome.action.getTitle({ tabId: tab.id });
    });
  await expect.poll(toolbarTitle).toBe('Scanlink: Diese Seite wurde als gefährlich gemeldet');
});

test('a scan from the context menu answers with a German notification', async ({ extension, mockApi }) => {
  await configure(extension, mockApi);
  const notifications = await recordNotifications(extension.worker);

  await clickScanThisLink(extension.worker, 'http://localhost:8080/admin');
  await expect.poll(notifications).toEqual([
    {
      title: 'Scanlink hat diesen Link nicht geprüft',
      message: 'Adressen auf diesem Computer (localhost) werden nie an den Scanner geschickt.',
    },
  ]);

  await clickScanThisLink(extension.worker, 'https://login-phish.example/account');
  await expect
    .poll(async () => (await notifications())[1])
    .toEqual({
      title: 'Scanlink: Gefährlicher Link',
      message: expect.stringContaining('Cloudflare hat diese Seite als gefährlich eingestuft.'),
    });
});
