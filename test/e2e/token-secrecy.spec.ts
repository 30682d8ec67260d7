import { askBackground, indexedDbStoresContaining, storageAreas } from './support/extension-secrets';
import { readRow } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { learnVerdict } from './support/known-verdict';
import { configureThroughOptions } from './support/options-form';

// A token no other string in the extension could contain by chance.
const TOKEN = 'sl-test-token-7f3a9c2e51d04b86';
test.use({ mockOptions: { scanDurationMs: 1_500, token: TOKEN } });

const LINK = 'https://login-phish.example/account';

test('the saved token stays in the background’s database: not in extension storage, not in any reply', async ({
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  // The mock accepts nothing without the token: a finished scan proves it was saved and used.
  await learnVerdict(extension.worker, LINK, 'malicious');
  const scanId = String((await readRow(extension.worker, 'verdicts', LINK))?.scanId);

  // The same search finds it where it is kept, so it would find it anywhere else.
  expect(await indexedDbStoresContaining(extension.worker, TOKEN)).toEqual(['keyValues']);
  const areas = await storageAreas(extension.worker);
  for (const contents of Object.values(areas)) expect(contents).not.toContain(TOKEN);

  // What a content script may ask, and what the extension's own pages may ask besides.
  const page = await extension.page('popup.html');
  const messages = [
    { type: 'get-page-settings' },
    { type: 'get-verdicts', urls: [LINK] },
    { type: 'get-link-card', url: LINK },
    { type: 'get-settings' },
    { type: 'get-history', limit: 10 },
    { type: 'get-scan-status', url: LINK },
    { type: 'get-report', scanId },
  ];
  const replies = await askBackground(page, messages);
  expect(replies).toHaveLength(messages.length);
  for (const reply of replies) {
    expect(reply).toMatchObject({ ok: true });
    expect(JSON.stringify(reply)).not.toContain(TOKEN);
  }
  // The replies carry real data: the verdict, and the settings the token belongs to.
  expect(JSON.stringify(replies[1])).toContain(LINK);
  expect(JSON.stringify(replies[3])).toContain(mockApi.accountId);
});

test('the service worker logs no token while configuring, scanning and failing', async ({
  extension,
  mockApi,
}) => {
  const logged: string[] = [];
  extension.worker.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
  // The listener hears the worker: without this, an empty log would prove nothing.
  await extension.worker.evaluate(() => console.log('console-probe'));
  await expect.poll(() => logged).toContain('log: console-probe');

  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status')).toHaveText(/^Connected/);
  await learnVerdict(extension.worker, LINK, 'malicious');
  // Failures are where errors, with whatever they carry, get logged.
  mockApi.injectFault({ route: 'submit', status: 400 });
  await learnVerdict(extension.worker, 'https://refused.example/', 'error');
  mockApi.injectFault({ route: 'any', status: 403, times: 5 });
  await learnVerdict(extension.worker, 'https://rejected.example/', 'error');
  // Requests the background refuses with an error are logged with it.
  await askBackground(options, [
    { type: 'trust-site', url: 'file:///etc/passwd' },
    { type: 'hold-navigation', url: LINK, newTab: false },
  ]);
  await expect.poll(() => logged.filter((line) => line.includes('request failed'))).toHaveLength(2);
  for (const line of logged) expect(line).not.toContain(TOKEN);
});
