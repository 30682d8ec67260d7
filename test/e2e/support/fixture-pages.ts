import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';
import { writeRows } from './extension-state';

/** A news-like page linking to sites of every verdict the mock gives. */
export const LINKS_PAGE = `<!doctype html><html lang="en"><head><title>Daily news</title>
<style>body{font:16px/1.6 serif;margin:2rem} a{color:#0645ad}</style></head><body>
<h1>Daily news</h1>
<p>Read the <a id="phish" href="https://login-phish.example/account">account notice</a> before Friday.</p>
<p>See the <a id="docs" href="https://docs.example/guide">documentation</a> for details.</p>
<p>Deals at <a id="offers" href="https://suspicious-offers.example/deal">offers</a>.</p>
<p id="later"></p>
</body></html>`;

/**
 * Serves pages under public-looking names from inside the browser, so nothing leaves this machine and
 * the extension treats them as it would real sites (it refuses to scan loopback addresses).
 */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}

/**
 * Stores a "no threats found" verdict for LINKS_PAGE's documentation link (no scan), so that its badge can
 * say when Scanlink's content script listens: it first asks the background for the page's settings, and
 * a key pressed before its listeners are in place goes unseen, as it would for a person that fast.
 */
async function markDocsLinkSafe(worker: Worker): Promise<void> {
  await writeRows(worker, 'verdicts', [
    { url: 'https://docs.example/guide', kind: 'safe', reasons: [], categories: [], checkedAt: Date.now() },
  ]);
}

/** Waits for the badge `markDocsLinkSafe` prepared: drawn once the content script's listeners are in place. */
async function untilScanlinkListens(page: Page): Promise<void> {
  await expect(page.getByRole('img', { name: 'Scanlink: no threats found' })).toBeVisible();
}

/** Opens LINKS_PAGE (served at https://news.example/) once Scanlink's content script listens on it. */
export async function openNewsPageListening(context: BrowserContext, worker: Worker): Promise<Page> {
  await markDocsLinkSafe(worker);
  const page = await context.newPage();
  await page.goto('https://news.example/');
  await untilScanlinkListens(page);
  return page;
}
