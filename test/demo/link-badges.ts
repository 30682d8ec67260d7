import type { Locator, Page } from '@playwright/test';

/** Every Scanlink badge on the page, found by the name a screen reader reads for it. */
export const scanlinkBadges = (page: Page): Locator => page.getByRole('img', { name: /^Scanlink: / });

/**
 * The spoken label of the badge drawn at each link's top-right corner, or undefined for a link with
 * none. Badges live in one overlay apart from the links, so where it sits is what ties a badge to its
 * link, for a sighted person as for this function.
 */
export async function badgeLabelsBeside(page: Page, links: Locator): Promise<(string | undefined)[]> {
  const badges = await scanlinkBadges(page).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { label: element.getAttribute('aria-label') ?? '', left: rect.left, top: rect.top };
    }),
  );
  const corners = await links.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { right: rect.right, top: rect.top };
    }),
  );
  // The badge layer puts a badge's corner 2 px left of the link's right edge and 9 px above its top.
  return corners.map(
    (corner) =>
      badges.find(
        (badge) => Math.abs(badge.left - corner.right) <= 4 && Math.abs(corner.top - 9 - badge.top) <= 4,
      )?.label,
  );
}
