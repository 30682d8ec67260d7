import { type BrowserContext, expect, type Page } from '@playwright/test';
import { DEMO_LINKS, DEMO_PAGE_URL, type DemoVerdict, FLAGGED_PAGE_URL } from './demo-links';
import { badgeLabelsBeside } from './link-badges';

// Scans at the mock take 1.5 s and the demo's settings poll every 0.3 s; these leave room for a slow,
// busy machine without hanging for minutes when something is broken.
const VERDICT_TIMEOUT_MS = 30_000;

/** The demo links in page order, as one locator. */
export const demoLinkLocator = (page: Page) =>
  page.locator(DEMO_LINKS.map((link) => `a#${link.id}`).join(', '));

/** Opens the page that proves malicious; Scanlink scans it on the visit and shows its banner. */
export async function openFlaggedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(FLAGGED_PAGE_URL);
  await expect(page.getByRole('alert'), 'the warning banner on the malicious demo page').toBeVisible({
    timeout: VERDICT_TIMEOUT_MS,
  });
  return page;
}

/** Opens the demo page of links. */
export async function openDemoPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(DEMO_PAGE_URL);
  return page;
}

/**
 * Rests the pointer on each demo link in turn, as a person reading the page would, until Scanlink has
 * badged it (scanning, or its verdict when already known), then waits until every verdict is in.
 */
export async function restOnEachLink(page: Page): Promise<void> {
  const links = demoLinkLocator(page);
  for (const [index, link] of DEMO_LINKS.entries()) {
    await page.locator(`a#${link.id}`).hover();
    await expect
      .poll(async () => (await badgeLabelsBeside(page, links))[index], {
        message: `a badge beside the demo link ${link.url}`,
        timeout: VERDICT_TIMEOUT_MS,
      })
      .toBeDefined();
  }
  await expect
    .poll(async () => (await badgeLabelsBeside(page, links)).filter(isFinalVerdict).length, {
      message: 'a verdict for every demo link',
      timeout: VERDICT_TIMEOUT_MS,
    })
    .toBe(DEMO_LINKS.length);
}

function isFinalVerdict(label: string | undefined): boolean {
  return label !== undefined && label !== 'Scanlink: scanning';
}

/** How the hover card words each verdict. */
const CARD_VERDICT: Record<DemoVerdict, string> = {
  safe: 'No threats found',
  suspicious: 'Suspicious',
  malicious: 'Malicious',
};

/** Rests the pointer on one demo link until its hover card shows the verdict. */
export async function showHoverCard(page: Page, linkId: string): Promise<void> {
  const link = DEMO_LINKS.find((candidate) => candidate.id === linkId);
  if (!link) throw new Error(`No demo link with id "${linkId}"`);
  await page.mouse.move(0, 0);
  await page.locator(`a#${link.id}`).hover();
  const card = page.getByRole('status', { name: `Scanlink verdict for ${link.url}` });
  await expect(card, `the hover card of ${link.url}`).toContainText(CARD_VERDICT[link.expected], {
    timeout: VERDICT_TIMEOUT_MS,
  });
}
