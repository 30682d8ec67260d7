import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { indexedDbStoresContaining } from './support/extension-secrets';
import { test as base, expect } from './support/fixtures';
import { launchWithPolicy, type ManagedBrowser } from './support/managed-policy';
import { scanFromPopup } from './support/popup';

// Real policies, as an administrator deploys them: Chromium reads a policy file for this build's extension
// id (see support/managed-policy.ts for how the file reaches only the browser under test).

const SET_BY_ORGANISATION = 'Set by your organisation.';

const test = base.extend<{ launchManaged: (policy: Record<string, unknown>) => Promise<ManagedBrowser> }>({
  // Each browser and its policy file go when the test ends, passed or failed.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies.
  launchManaged: async ({}, use, testInfo) => {
    const launched: ManagedBrowser[] = [];
    await use(async (policy) => {
      const browser = await launchWithPolicy(testInfo.outputPath(`profile-${launched.length}`), policy);
      launched.push(browser);
      return browser;
    });
    for (const browser of launched) await browser.close();
  },
});

test.use({ mockOptions: { scanDurationMs: 500, accountId: 'org-account', token: 'org-managed-token-4711' } });

/** What an organisation deploys: its Cloudflare account (the mock's), Public scans, a domain never scanned. */
const organisationPolicy = (api: { accountId: string; token: string; baseUrl: string }) => ({
  accountId: api.accountId,
  apiToken: api.token,
  apiBaseUrl: api.baseUrl,
  visibility: 'Public',
  neverScanDomains: ['corp.example'],
});

async function expectLocked(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveValue(value);
  await expect(field).toBeDisabled();
  await expect(field).toHaveAccessibleDescription(SET_BY_ORGANISATION);
}

test('the organisation’s account shows as locked in the options, its token never reaches the page, and the person can still save their own settings', async ({
  launchManaged,
  mockApi,
}) => {
  const managed = await launchManaged({
    ...organisationPolicy(mockApi),
    urlscanApiBaseUrl: 'http://intranet.example/api',
  });
  const options = await managed.extension.page('options.html');

  await expect(options.getByRole('note')).toContainText('Your organisation manages some of these settings');
  await expectLocked(options, 'Account ID', mockApi.accountId);
  await expectLocked(options, 'API base URL', mockApi.baseUrl);
  await expectLocked(options, 'API token', '');
  const publicScans = options.getByRole('radio', { name: 'Public' });
  await expect(publicScans).toBeChecked();
  await expect(publicScans).toBeDisabled();
  await expect(publicScans).toHaveAccessibleDescription(SET_BY_ORGANISATION);
  await expect(options.getByRole('radio', { name: 'API token (recommended)' })).toBeDisabled();
  // A value the organisation got wrong is ignored and said so, for the person to pass on.
  await expect(options.getByRole('alert')).toContainText(
    'urlscan.io API URL (urlscanApiBaseUrl): The API URL must use https://',
  );
  const neverScan = options.getByLabel('Never scan these domains');
  await expect(neverScan).toHaveAccessibleDescription(/set by your organisation: corp\.example/);
  await expect(neverScan).toHaveValue('');
  expect(await options.content()).not.toContain(mockApi.token);

  // The person's own settings still save; the organisation's stay as they were.
  await neverScan.fill('home.example');
  await options.getByLabel('Mark links with no threats found').uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.reload();
  await expect(options.getByLabel('Never scan these domains')).toHaveValue('home.example');
  await expect(options.getByLabel('Mark links with no threats found')).not.toBeChecked();
  await expectLocked(options, 'Account ID', mockApi.accountId);

  // A message that tries to change a locked field is refused by the background, field by field.
  const refused = await options.evaluate(async (token) => {
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    const view = (await runtime.sendMessage({ type: 'get-settings' })) as { value: Record<string, unknown> };
    const { managed: _m, resetKeys: _r, ...settings } = view.value;
    return runtime.sendMessage({
      type: 'save-settings',
      settings: {
        ...settings,
        accountId: 'someone-else',
        credentials: { kind: 'token', token: `not-${token}` },
        providerKeys: { urlscan: '', scanurl: '' },
      },
    });
  }, mockApi.token);
  expect(refused).toEqual({
    ok: true,
    value: {
      saved: false,
      errors: {
        accountId: 'Set by your organisation: it cannot be changed here.',
        token: 'Set by your organisation: it cannot be changed here.',
      },
    },
  });

  await managed.close();
  expect(existsSync(managed.policyFile)).toBe(false);
});

test('a page is scanned with the organisation’s account, token and visibility, which the person never entered', async ({
  launchManaged,
  mockApi,
}) => {
  const { context, extension } = await launchManaged(organisationPolicy(mockApi));
  // The person sets only what is theirs to set: quick result checks, no scans of visited pages.
  const options = await extension.page('options.html');
  await options.getByLabel('Scan pages I visit').uncheck();
  await options.getByLabel('First result check after (seconds)').fill('0.3');
  await options.getByLabel('Then check every (seconds)').fill('0.3');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');

  const popup = await scanFromPopup(context, extension, 'https://phish-bank.example/login');
  await expect(popup.getByRole('heading', { name: 'Malicious' })).toBeVisible();
  const submits = mockApi.requests().filter((request) => request.route === 'submit');
  expect(submits).toHaveLength(1);
  expect(submits[0]?.headers.authorization).toBe(`Bearer ${mockApi.token}`);
  expect(submits[0]?.path).toContain(`/accounts/${mockApi.accountId}/`);
  expect(submits[0]?.body).toMatchObject({ url: 'https://phish-bank.example/login', visibility: 'Public' });
  // The organisation's token is read from its policy each time, never written to the extension's storage.
  expect(await indexedDbStoresContaining(extension.worker, mockApi.token)).toEqual([]);
});

test('a never-scan domain from the policy is never scanned, on top of the person’s own list', async ({
  launchManaged,
  mockApi,
}) => {
  const { context, extension } = await launchManaged(organisationPolicy(mockApi));
  const popup = await scanFromPopup(context, extension, 'https://wiki.corp.example/');
  await expect(popup.getByRole('alert')).toContainText(/never-scan list/);
  expect(mockApi.requests().filter((request) => request.route === 'submit')).toEqual([]);
});

test('an administrator’s new policy shows in the open options page without a reload', async ({
  launchManaged,
  mockApi,
}) => {
  const managed = await launchManaged(organisationPolicy(mockApi));
  const options = await managed.extension.page('options.html');
  await expectLocked(options, 'Account ID', mockApi.accountId);
  await options.getByLabel('Keep verdicts for (hours)').fill('12');

  managed.writePolicy({ visibility: 'Unlisted' });
  // Chromium reads a changed policy file once it has settled (about five seconds).
  await expect(options.getByLabel('Account ID')).toBeEnabled({ timeout: 30_000 });
  await expect(options.getByLabel('Account ID')).toHaveValue('');
  await expect(options.getByRole('radio', { name: 'Unlisted' })).toBeChecked();
  await expect(options.getByRole('radio', { name: 'Unlisted' })).toHaveAccessibleDescription(
    SET_BY_ORGANISATION,
  );
  await expect(options.getByLabel('Keep verdicts for (hours)')).toHaveValue('12');
});
