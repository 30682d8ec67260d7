import { HOSTILE } from '../fixtures/hostile-urls';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

/** A page whose links carry every hostile href of the unit table, set exactly as written. */
const HOSTILE_PAGE = `<!doctype html><title>Odd links</title><h1>Odd links</h1><div id="links"></div>
<p><a id="control" href="https://login-phish.example/account">a real link</a></p>`;

test('the content script survives every hostile href in the table, and keeps working', async ({
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
  await page.evaluate(
    (hrefs) => {
      const list = document.getElementById('links');
      hrefs.forEach((href, i) => {
        const link = document.createElement('a');
        link.setAttribute('href', href);
        link.id = `odd-${i}`;
        link.textContent = `odd link ${i}`;
        list?.append(link, document.createElement('br'));
      });
    },
    HOSTILE.map(([href]) => href),
  );

  // Every odd link is seen (lookups), rested on (dwell scans) and focused from the keyboard.
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
