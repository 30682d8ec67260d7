import { ELIGIBLE_URLS, REFUSED_URLS } from '../fixtures/eligibility-urls';
import { HOSTILE } from '../fixtures/hostile-urls';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

/** Every href of the unit tables: the hostile ones, those that must stay in the browser, the public ones. */
const ALL_HREFS = [
  ...HOSTILE.map(([href]) => href),
  ...REFUSED_URLS.map(([href]) => href),
  ...ELIGIBLE_URLS.map(([href]) => href),
];

/** A page whose links carry every href of the unit tables, set exactly as written. */
const HOSTILE_PAGE = `<!doctype html><title>Odd links</title><h1>Odd links</h1><div id="links"></div>
<p><a id="control" href="https://login-phish.example/account">a real link</a></p>`;

test('the content script survives every href of the URL tables, and keeps working', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, {
    noVisitScans: true,
    fields: { 'Dwell time before a link is scanned (ms)': '100' },
  });

  await servePage(context, 'https://odd.example/', HOSTILE_PAGE);
  const page = await context.newPage();
  // Exceptions from every context of the page, the content script's isolated world included.
  const cdp = await context.newCDPSession(page);
  const thrown: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    thrown.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  await cdp.send('Runtime.enable');
  await page.goto('https://odd.example/');
  await page.evaluate((hrefs) => {
    const list = document.getElementById('links');
    hrefs.forEach((href, i) => {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      link.id = `odd-${i}`;
      link.textContent = `odd link ${i}`;
      list?.append(link, document.createElement('br'));
    });
  }, ALL_HREFS);
  expect(ALL_HREFS.length).toBeGreaterThanOrEqual(200);

  // Every link comes near the viewport (badge lookups)…
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }

  // …and the pointer rests on each of the hostile ones (dwell scans and hover cards).
  for (let i = 0; i < HOSTILE.length; i++) {
    await page.locator(`#odd-${i}`).hover();
    await page.waitForTimeout(120);
  }
  await page.locator('#control').hover();
  await expect(page.getByRole('img', { name: 'Scanlink: malicious — Phishing' })).toBeVisible();
  expect(thrown).toEqual([]);
});

test('a <base href> is followed the way the browser follows it: the link is judged where it goes', async ({
  context,
  mockApi,
  extension,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await servePage(
    context,
    'https://blog.example/post',
    `<!doctype html><base href="https://login-phish.example/"><title>Post</title>
     <p>Read <a id="relative" href="account">my account page</a>.</p>`,
  );
  const page = await context.newPage();
  await page.goto('https://blog.example/post');
  await page.locator('#relative').hover();
  await expect(page.getByRole('img', { name: 'Scanlink: malicious — Phishing' })).toBeVisible();
  expect(mockApi.scans().map((s) => s.url)).toEqual(['https://login-phish.example/account']);
});
