import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Extension } from './fixtures';

/**
 * Opens a page under a public-looking name (answered inside the browser), then the popup, which is
 * about the tab used just before it.
 */
export async function openPopupOn(
  context: BrowserContext,
  extension: Extension,
  url: string,
  html = '<!doctype html><title>A page</title><h1>A page</h1>',
): Promise<Page> {
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const site = await context.newPage();
  await site.goto(url);
  return extension.page('popup.html');
}

/** Opens the popup on a page as `openPopupOn` does, and presses "Scan this page". */
export async function scanFromPopup(
  context: BrowserContext,
  extension: Extension,
  url: string,
): Promise<Page> {
  const popup = await openPopupOn(context, extension, url);
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  return popup;
}

/** The value (`dd`) a report field's term (`dt`) names, inside `scope`. */
export function reportField(scope: Locator, term: string): Locator {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope
    .locator('dt', { hasText: new RegExp(`^${escaped}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** The width of the picture an `img` actually decoded: 0 while loading or when broken. */
export function naturalWidth(image: Locator): Promise<number> {
  return image.evaluate((element) => (element as HTMLImageElement).naturalWidth);
}
