import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { MockApi } from '../../mock-api/server';
import type { Extension } from './fixtures';

/** A page linking to sites nobody has scanned yet: the mock judges them by the words in their names. */
export const UNKNOWN_LINKS_PAGE = `<!doctype html><html lang="en"><head><title>Links</title>
<style>body{font:16px/1.6 serif;margin:2rem} a{color:#0645ad}</style></head><body>
<h1>Links of the day</h1>
<p><a id="first" href="https://first.example/a">First</a> ·
<a id="second" href="https://second.example/b">Second</a> ·
<a id="third" href="https://third.example/c">Third</a></p>
<p>Do not miss the <a id="prize" href="https://prize-phish.example/claim">prize you won</a>.</p>
<p>Also: <a id="blank" href="https://other.example/new" target="_blank">opens a new tab</a>.</p>
</body></html>`;

/** The page a followed link lands on. */
export const LANDING_PAGE = '<!doctype html><title>Landing</title><h1>You arrived</h1>';

/**
 * Serves `html` at `url` and remembers each request's Referer: a link the browser follows itself sends
 * the page's origin, while a page the extension opens with `tabs.update` sends none.
 */
export async function serveRecordingReferrers(context: BrowserContext, url: string, html: string) {
  const referrers: (string | undefined)[] = [];
  await context.route(url, (route) => {
    referrers.push(route.request().headers().referer);
    return route.fulfill({ contentType: 'text/html', body: html });
  });
  return { referrers: () => [...referrers] };
}

/** Changes saved settings through a fresh options page, as a person would, then closes it. */
export async function changeOptions(
  extension: Extension,
  mockApi: MockApi,
  change: (options: Page) => Promise<void>,
): Promise<void> {
  const options = await extension.page('options.html');
  // The form fills itself from the saved settings; changing it earlier would be overwritten.
  await expect(options.getByLabel('Account ID')).toHaveValue(mockApi.accountId);
  await change(options);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

/** The URLs the mock received scan submissions for, in order. */
export function submittedUrls(mockApi: MockApi): string[] {
  return mockApi
    .requests()
    .filter((request) => request.route === 'submit')
    .map((request) => String((request.body as { url?: unknown } | undefined)?.url));
}

/** The lines of the options page's "Trusted sites" list. */
export async function trustedSites(extension: Extension, mockApi: MockApi): Promise<string> {
  const options = await extension.page('options.html');
  await expect(options.getByLabel('Account ID')).toHaveValue(mockApi.accountId);
  const value = await options.getByLabel('Trusted sites').inputValue();
  await options.close();
  return value;
}
