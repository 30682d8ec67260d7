import { clickScanThisLink, readRow } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import {
  changeOptions,
  LANDING_PAGE,
  serveRecordingReferrers,
  submittedUrls,
  UNKNOWN_LINKS_PAGE,
} from './support/pages';

test.beforeEach(async ({ context }) => {
  await servePage(context, 'https://links.example/', UNKNOWN_LINKS_PAGE);
  for (const host of ['first', 'second', 'third', 'other', 'prize-phish']) {
    await servePage(context, `https://${host}.example/**`, LANDING_PAGE);
  }
});

test('clicking an unknown link scans it ahead of queued hover scans while the page loads', async ({
  context,
  extension,
  mockApi,
}) => {
  // One submission every 5 s: the hovered links wait in the queue when the click comes.
  await configureThroughOptions(extension, mockApi, { noVisitScans: true, scanIntervalSeconds: '5' });
  const page = await context.newPage();
  await page.goto('https://links.example/');
  await page.locator('#first').hover();
  await expect.poll(() => submittedUrls(mockApi)).toEqual(['https://first.example/a']);
  for (const id of ['second', 'third']) {
    await page.locator(`#${id}`).hover();
    await expect
      .poll(() => readRow(extension.worker, 'jobs', `https://${id}.example/${id === 'second' ? 'b' : 'c'}`))
      .toMatchObject({ reason: 'link-hovered' });
  }

  await page.locator('#prize').click();
  await expect(page).toHaveURL('https://prize-phish.example/claim');
  await expect
    .poll(() => readRow(extension.worker, 'jobs', 'https://prize-phish.example/claim'))
    .toMatchObject({ reason: 'link-clicked', priority: 0 });
  await expect
    .poll(() => submittedUrls(mockApi).slice(0, 2), { timeout: 20_000 })
    .toEqual(['https://first.example/a', 'https://prize-phish.example/claim']);
  // The page opened from the click learns its verdict from that scan.
  await expect(page.getByRole('alert')).toContainText('this page was reported malicious', {
    timeout: 20_000,
  });
});

test('ctrl-click, middle click and Enter on a focused link scan it too', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  // With dwell scans off, only opening a link can start its scan.
  await changeOptions(extension, mockApi, (options) =>
    options.getByLabel('Scan links I rest the pointer on').uncheck(),
  );
  const page = await context.newPage();
  await page.goto('https://links.example/');

  await page.locator('#first').click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => submittedUrls(mockApi)).toEqual(['https://first.example/a']);

  await page.locator('#second').click({ button: 'middle' });
  await expect.poll(() => submittedUrls(mockApi)).toContain('https://second.example/b');

  await page.locator('#third').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('https://third.example/c');
  await expect.poll(() => submittedUrls(mockApi)).toContain('https://third.example/c');
});

test('with “Scan links I open” off, opening a link sends nothing until its page asks', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await changeOptions(extension, mockApi, async (options) => {
    await options.getByLabel('Scan links I rest the pointer on').uncheck();
    await options.getByLabel('Scan links I open, as soon as I click them').uncheck();
  });
  const page = await context.newPage();
  await page.goto('https://links.example/');
  await page.locator('#third').click();
  await expect(page).toHaveURL('https://third.example/c');
  // Longer than a click scan needs to reach the mock (the enabled case above sees it at once).
  await page.waitForTimeout(1_500);
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
});

test('clicks a page script fakes start no scan', async ({ context, extension, mockApi }) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const page = await context.newPage();
  await page.goto('https://links.example/');
  const clicked = await page.evaluate(() => {
    const link = document.getElementById('first') as HTMLAnchorElement;
    let clicks = 0;
    // The page keeps itself open, so both kinds of fake click can be tried on the same link.
    link.addEventListener('click', (event) => {
      clicks += 1;
      event.preventDefault();
    });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    link.click();
    link.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    return clicks;
  });
  expect(clicked).toBe(2);
  // Longer than a scan request's round trip to the background and its search.
  await page.waitForTimeout(1_500);
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
});

test('strict mode opens an unknown link on the checking page while it is scanned', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true, strictMode: true });
  const page = await context.newPage();
  await page.goto('https://links.example/');

  await page.locator('#prize').click();
  const holding = new URLSearchParams({ holding: 'https://prize-phish.example/claim' });
  await expect(page).toHaveURL(`chrome-extension://${extension.id}/check.html?${holding}`);
  await expect.poll(() => submittedUrls(mockApi)).toEqual(['https://prize-phish.example/claim']);
});

test('strict mode lets a link already known to be safe open straight away', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true, strictMode: true });
  await clickScanThisLink(extension.worker, 'https://docs.example/guide');
  await expect
    .poll(() => readRow(extension.worker, 'verdicts', 'https://docs.example/guide'))
    .toMatchObject({ kind: 'safe' });
  await servePage(context, 'https://news.example/', LINKS_PAGE);
  const docs = await serveRecordingReferrers(context, 'https://docs.example/**', LANDING_PAGE);
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await expect(page.getByRole('img', { name: 'Scanlink: no threats found' })).toBeVisible();

  await page.locator('#docs').click();
  await expect(page).toHaveURL('https://docs.example/guide');
  // The browser followed the link itself (with the page as referrer); the background opens held links
  // with tabs.update, which sends none.
  expect(docs.referrers()).toEqual(['https://news.example/']);
});
