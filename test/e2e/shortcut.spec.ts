import { notificationIds } from './support/extension-state';
import { LINKS_PAGE, servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { submittedUrls } from './support/pages';

const PAGE = 'https://news.example/';

test('the options page shows the keyboard shortcut that scans the current page', async ({ extension }) => {
  const options = await extension.page('options.html');
  await expect(options.getByRole('region', { name: 'Keyboard shortcut' })).toContainText(
    'Scan the current page: Alt+Shift+S',
  );
});

test('the keyboard shortcut scans the page in view and answers with a notification', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await servePage(context, PAGE, LINKS_PAGE);
  const tab = await context.newPage();
  await tab.goto(PAGE);

  // Headless Chromium has no keyboard for the browser's own shortcuts: run the registered listener as
  // the browser does when the keys are pressed (the same route as the context menu's test).
  await extension.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: ShortcutChrome }).chrome;
    const [shown] = await chrome.tabs.query({ url });
    chrome.commands.onCommand.dispatch('scan-page', shown);
  }, PAGE);

  await expect.poll(() => submittedUrls(mockApi)).toEqual([PAGE]);
  await expect.poll(() => notificationIds(extension.worker)).toContain(`scanlink-${PAGE}`);
});

interface ShortcutChrome {
  tabs: { query(q: object): Promise<unknown[]> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
}
