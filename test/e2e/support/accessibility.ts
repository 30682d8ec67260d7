import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The WCAG rule sets the audit holds every extension page to. */
const STANDARDS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's serious and critical findings on `page` (or only inside `include`), as lines that name the
 * rule and the elements, so a failure reads as what to fix.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(STANDARDS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs `audit` once in the light and once in the dark colour scheme, with findings named by scheme. */
export async function inBothSchemes(page: Page, audit: () => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await audit()).map((line) => `${colorScheme}: ${line}`));
  }
  return found;
}

/** The smallest target WCAG 2.2 allows (2.5.8, AA), in CSS pixels. */
const MIN_TARGET = 24;

/**
 * Every visible control on `page` (open shadow roots included) smaller than 24 × 24 CSS pixels, as
 * "tag 'name' W×H". A checkbox or radio button is measured with its label, which toggles it too; a link
 * inside a sentence is exempt, as WCAG exempts it (its size is the line's).
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      controls.push(...root.querySelectorAll('a[href], button, input, select, textarea, summary'));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    collect(document);
    const inSentence = (link: Element) =>
      [...(link.parentElement?.childNodes ?? [])].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
    const small: string[] = [];
    for (const control of controls) {
      if (control instanceof HTMLInputElement && control.type === 'hidden') continue;
      if (control instanceof HTMLAnchorElement && inSentence(control)) continue;
      const toggle = control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
      const target = (toggle && control.closest('label')) || control;
      const { width, height } = target.getBoundingClientRect();
      if (width === 0 || height === 0) continue; // not shown (a closed <details>, another tab's panel)
      if (width >= min && height >= min) continue;
      const label = 'labels' in control ? (control.labels as NodeList | null)?.[0]?.textContent : '';
      const name = control.getAttribute('aria-label') || label?.trim() || control.textContent?.trim();
      small.push(`${control.localName} '${name}' ${Math.round(width)}×${Math.round(height)}`);
    }
    return small;
  }, MIN_TARGET);
}

type Rgb = [number, number, number];

/** How an element is painted: what is behind it, and its outline and box shadow. */
interface Paint {
  /** The colour behind the element's own box (its background, or the nearest painted ancestor's). */
  background: Rgb | null;
  /** The colour around the element, where an outline drawn outside it sits. */
  surroundings: Rgb | null;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: Rgb | null;
  boxShadow: string;
}

/** Runs in the page: no closures over test code. Translucent layers are mixed into what lies below. */
function paintOf(element: Element): Paint {
  const rgba = (css: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = css.match(/[\d.]+/g)?.map(Number) ?? [];
    return css.startsWith('rgb') ? ([r, g, b, a] as const) : null;
  };
  const parentOf = (node: Element) => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  const behind = (from: Element | null): Rgb | null => {
    const layers: (readonly [number, number, number, number])[] = [];
    for (let node = from; node; node = parentOf(node)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (!colour || colour[3] === 0) continue;
      layers.push(colour);
      if (colour[3] === 1) break;
    }
    const base = layers.pop();
    if (base?.[3] !== 1) return null; // nothing opaque: the browser's canvas, which nobody chose
    let mixed: Rgb = [base[0], base[1], base[2]];
    for (const [r, g, b, a] of layers.reverse()) {
      mixed = [r * a + mixed[0] * (1 - a), g * a + mixed[1] * (1 - a), b * a + mixed[2] * (1 - a)];
    }
    return mixed;
  };
  const style = getComputedStyle(element);
  const outline = rgba(style.outlineColor);
  return {
    background: behind(element),
    surroundings: behind(parentOf(element)),
    outlineStyle: style.outlineStyle,
    outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
    outlineColor: outline && [outline[0], outline[1], outline[2]],
    boxShadow: style.boxShadow,
  };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours (1 … 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The luminance of what is painted behind `target` (its background or its nearest painted ancestor's,
 * across shadow roots); fails when nothing is painted, since the page then never chose its colours.
 */
export async function backgroundLuminance(target: Locator): Promise<number> {
  const { background } = await target.evaluate(paintOf);
  expect(background, 'no background is painted behind the element').not.toBeNull();
  return luminance(background as Rgb);
}

/**
 * What shows where the keyboard is on `target`: whether it has a focus ring (an outline of 2 px or more,
 * or a box shadow), and the outline's contrast with what surrounds it (null when no outline is drawn or
 * nothing is painted around it).
 */
export async function focusRing(target: Locator): Promise<{ shown: boolean; contrast: number | null }> {
  const paint = await target.evaluate(paintOf);
  const outline = paint.outlineStyle !== 'none' && paint.outlineWidth >= 2 ? paint.outlineColor : null;
  return {
    shown: outline !== null || paint.boxShadow !== 'none',
    contrast: outline && paint.surroundings ? contrast(outline, paint.surroundings) : null,
  };
}

/** Whether `target` is its document's (or shadow root's) focused element. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate(
    (element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element,
  );
}

/**
 * Presses Tab, as a person with only a keyboard does, until `target` has the focus (at most `limit`
 * times); fails when it never does.
 */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit && !(await isFocused(target)); presses++) {
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target), `Tab never reached ${target}`).toBe(true);
}
