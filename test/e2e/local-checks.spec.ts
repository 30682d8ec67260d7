import { safeLinks } from '../fixtures/wrapped-links';
import { clickScanThisLink } from './support/extension-state';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { learnVerdict } from './support/known-verdict';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls } from './support/pages';

const LOOK_ALIKE = 'https://paypa1.com/signin';
const PHISH = 'https://login-phish.example/account';

const page = (links: string) => `<!doctype html><html lang="en"><head><title>Mail</title></head><body>
<h1>Your messages</h1><p>${links}</p><p><a id="docs" href="https://docs.example/guide">Guide</a></p></body></html>`;

test('with no account set up, a look-alike link is marked suspicious at once and its card says why', async ({
  context,
}) => {
  await servePage(
    context,
    'https://mail.example/',
    page(`<a id="lookalike" href="${LOOK_ALIKE}">Sign in</a>`),
  );
  const tab = await context.newPage();
  await tab.goto('https://mail.example/');

  await expect(tab.getByRole('img', { name: /^Scanlink: suspicious/ })).toBeVisible();
  // The plain link gets nothing: the offline checks never call a link safe.
  await expect(tab.getByRole('img', { name: /^Scanlink:/ })).toHaveCount(1);

  await tab.locator('#lookalike').hover();
  const card = tab.getByRole('status', { name: `Scanlink verdict for ${LOOK_ALIKE}` });
  await expect(card).toContainText('Suspicious');
  await expect(card).toContainText(
    'Scanlink’s own check: “paypa1.com” is a look-alike spelling of “paypal.com”.',
  );
});

test('a link whose text shows one site while it goes to another gets a card that says so', async ({
  context,
}) => {
  const links = `<a id="masked" href="https://account-update.example/">www.paypal.com</a>
    <a href="${LOOK_ALIKE}">Sign in</a>`;
  await servePage(context, 'https://mail.example/', page(links));
  const tab = await context.newPage();
  await tab.goto('https://mail.example/');
  // The look-alike's badge says the content script is running; then the pointer comes to rest.
  await expect(tab.getByRole('img', { name: /^Scanlink: suspicious/ })).toBeVisible();
  await tab.locator('#masked').hover();
  const card = tab.getByRole('status', { name: 'Scanlink verdict for https://account-update.example/' });
  await expect(card).toContainText(
    'Scanlink’s own check: The link text shows www.paypal.com but the link goes to account-update.example.',
  );
});

test('a link wrapped by Outlook SafeLinks is judged by its destination, and scanning it scans the destination', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await learnVerdict(extension.worker, PHISH, 'malicious');
  const wrapped = safeLinks(PHISH);
  await servePage(
    context,
    'https://mail.example/',
    page(`<a id="wrapped" href="${wrapped}">Your account</a>`),
  );
  const tab = await context.newPage();
  await tab.goto('https://mail.example/');

  await expect(tab.getByRole('img', { name: /^Scanlink: malicious/ })).toBeVisible();
  await clickScanThisLink(extension.worker, wrapped, 'https://mail.example/');
  await expect.poll(() => submittedUrls(mockApi)).toEqual([PHISH]);
  // The menu scan of the wrapper met the destination's cached verdict: nothing more was submitted.
  await tab.waitForTimeout(500);
  expect(submittedUrls(mockApi)).toEqual([PHISH]);
});
