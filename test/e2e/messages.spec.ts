import type { Page } from '@playwright/test';
import { servePage } from './support/fixture-pages';
import { expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';

interface ExtensionRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Sends a runtime message from `page`'s Scanlink content script (its isolated world), through DevTools. */
async function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.name === 'Scanlink')).toBe(true);
  const world = worlds.find((w) => w.name === 'Scanlink');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world?.id,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  return result.value;
}

test('the background refuses unknown and malformed messages, and privileged ones from a content script', async ({
  context,
  extension,
  mockApi,
}) => {
  await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  const options = await extension.page('options.html');
  const fromPage = (message: unknown) =>
    options.evaluate(
      (m) => (globalThis as unknown as { chrome: ExtensionRuntime }).chrome.runtime.sendMessage(m),
      message,
    );
  for (const message of [
    { type: 'no-such-request' },
    { type: 'scan', url: 42 },
    { url: 'https://a.example/' },
  ]) {
    expect(await fromPage(message)).toEqual({ ok: false, error: 'Unknown or malformed request' });
  }
  // The same contract answers an extension page that asks properly.
  expect(await fromPage({ type: 'get-history', limit: 5 })).toEqual({ ok: true, value: [] });

  await servePage(context, 'https://plain.example/', '<!doctype html><title>Plain</title><p>Plain page.</p>');
  const page = await context.newPage();
  await page.goto('https://plain.example/');
  for (const message of [
    { type: 'get-settings' },
    { type: 'clear-history' },
    { type: 'save-settings', settings: {} },
    { type: 'allow-for-session', url: 'https://evil.example/' },
    { type: 'scan', url: 'https://a.example/', reason: 'menu-click' },
    { type: 'scan', url: 'https://a.example/', reason: 'link-hovered', rescan: true },
  ]) {
    expect(await sendFromContentScript(page, message)).toEqual({
      ok: false,
      error: 'Not allowed from this context',
    });
  }
  expect(await sendFromContentScript(page, { type: 'get-verdicts', urls: [] })).toEqual({
    ok: true,
    value: [],
  });
  expect(mockApi.counts().search + mockApi.counts().submit).toBe(0);
});
