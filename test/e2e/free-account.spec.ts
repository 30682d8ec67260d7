import type { BrowserContext } from '@playwright/test';
import type { MockApi } from '../mock-api/server';
import { readRow } from './support/extension-state';
import { type Extension, expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

// A Free Cloudflare account makes no Unlisted scans (Cloudflare's scan-limits page); the mock's free plan
// refuses them as the API does. Scanlink asks Unlisted by default, so this is every Free user's first scan.
test.use({ mockOptions: { scanDurationMs: 1_500, plan: 'free' } });

const PAGES = ['https://phish-bank.example/login', 'https://bakery.example/menu'];

/** Set up with the Free account's token, open the first page and press "Scan this page" in the popup. */
async function scanFirstPage(context: BrowserContext, extension: Extension, mockApi: MockApi) {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await context.route(/https:\/\/(phish-bank|bakery)\.example\/.*/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>A page</title><h1>A page</h1>' }),
  );
  const site = await context.newPage();
  await site.goto(PAGES[0] ?? '');
  const popup = await extension.page('popup.html');
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  return { site, popup };
}

test('a Free account: one refused submission pauses scans and asks; choosing Public scans them', async ({
  context,
  extension,
  mockApi,
}) => {
  const { site, popup } = await scanFirstPage(context, extension, mockApi);

  const choice = popup.getByRole('alert').filter({ hasText: 'Scans are paused' });
  await expect(choice).toBeVisible();
  await expect(choice).toContainText('cannot make Unlisted scans');
  await expect(choice).toContainText('anyone can find them');
  // A second scan asked meanwhile waits with the first: still only the one refused submission.
  await site.goto(PAGES[1] ?? '');
  await popup.reload();
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByRole('alert').filter({ hasText: 'Scans are paused' })).toBeVisible();
  expect(mockApi.counts().submit).toBe(1);
  expect(await readRow(extension.worker, 'verdicts', PAGES[0] ?? '')).toMatchObject({ kind: 'pending' });

  await popup.getByRole('button', { name: 'Make Public scans' }).click();
  await expect(popup.getByRole('heading', { name: 'No threats found' })).toBeVisible();
  await expect
    .poll(() => mockApi.scans().map((s) => [s.url, s.visibility]))
    .toEqual(
      expect.arrayContaining([
        [PAGES[0], 'public'],
        [PAGES[1], 'public'],
      ]),
    );
  expect(mockApi.scans().every((s) => s.visibility === 'public')).toBe(true);
  expect(await readRow(extension.worker, 'verdicts', PAGES[0] ?? '')).toMatchObject({ kind: 'malicious' });
});

test('a Free account: keeping scans Unlisted stays paused and sends nothing more', async ({
  context,
  extension,
  mockApi,
}) => {
  const { site, popup } = await scanFirstPage(context, extension, mockApi);
  await popup.getByRole('button', { name: 'Keep scans Unlisted' }).click();
  await expect(
    popup.getByText(/Scans stay paused: your scanner account cannot make Unlisted scans/),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Make Public scans' })).toHaveCount(0);
  // A scan the person asks for now is queued behind the pause, and nothing leaves for it.
  await site.goto(PAGES[1] ?? '');
  await popup.reload();
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByText(/Scans stay paused/)).toBeVisible();
  await expect
    .poll(
      async () => ((await readRow(extension.worker, 'jobs', PAGES[1] ?? '')) as { state?: string })?.state,
    )
    .toMatch(/^(new|waiting)$/);
  expect(mockApi.counts().submit).toBe(1);
});
