import type { Page } from '@playwright/test';
import { KNOWN_SAFE } from './hostile-pages';

// What a page's own scripts do in the attack tests, run inside the page in one round trip each.

/**
 * For `durationMs`, fires at every link everything a page script can fake: messages to itself, custom
 * events, synthetic pointer, focus, key and click events, `focus()` and `click()`. The page cancels the
 * clicks' navigation itself. Resolves with how many rounds it fired.
 */
export function fakeEverything(page: Page, durationMs: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const links = [...document.querySelectorAll('a')];
        document.addEventListener('click', (event) => event.preventDefault());
        let rounds = 0;
        const started = performance.now();
        const timer = setInterval(() => {
          rounds += 1;
          for (const link of links) {
            const url = link.href;
            for (const message of [
              { type: 'scan', url, reason: 'link-clicked' },
              { type: 'scan', url, reason: 'menu', rescan: true },
              { type: 'hold-navigation', url, newTab: true },
              JSON.stringify({ type: 'scan', url, reason: 'link-hovered' }),
            ]) {
              window.postMessage(message, '*');
            }
            for (const target of [link, document]) {
              target.dispatchEvent(new CustomEvent('scanlink-scan', { bubbles: true, detail: { url } }));
            }
            const init = { bubbles: true, cancelable: true, composed: true, view: window };
            for (const type of ['pointerover', 'pointerenter', 'pointermove']) {
              link.dispatchEvent(new PointerEvent(type, init));
            }
            link.dispatchEvent(new MouseEvent('mouseover', init));
            document.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Tab', code: 'Tab' }));
            link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            link.focus();
            link.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Enter', code: 'Enter' }));
            link.dispatchEvent(new MouseEvent('click', { ...init, button: 0 }));
            link.dispatchEvent(new MouseEvent('auxclick', { ...init, button: 1 }));
            link.dispatchEvent(new MouseEvent('click', { ...init, button: 0, ctrlKey: true }));
            link.click();
            link.blur();
          }
          if (performance.now() - started > duration) {
            clearInterval(timer);
            resolve(rounds);
          }
        }, 50);
      }),
    durationMs,
  );
}

/**
 * Adds and removes links every few milliseconds for `durationMs`, half of them to a URL with a known
 * verdict, at most `live` at a time. Resolves with the largest number of badges seen at once.
 */
export function churnLinks(page: Page, durationMs: number, live: number): Promise<number> {
  return page.evaluate(
    ([known, duration, maxLive]) =>
      new Promise<number>((resolve) => {
        const area = document.getElementById('churn') as HTMLElement;
        let serial = 0;
        let most = 0;
        const started = performance.now();
        const timer = setInterval(() => {
          for (let i = 0; i < 3; i += 1) {
            const link = document.createElement('a');
            serial += 1;
            link.href = serial % 2 === 0 ? known : `https://churn-${serial}.example/`;
            link.textContent = `churn ${serial}`;
            area.append(link);
          }
          while (area.children.length > maxLive) area.firstElementChild?.remove();
          const badges = document.querySelector('scanlink-badges')?.shadowRoot?.querySelectorAll('.badge');
          most = Math.max(most, badges?.length ?? 0);
          if (performance.now() - started > duration) {
            clearInterval(timer);
            resolve(most);
          }
        }, 4);
      }),
    [KNOWN_SAFE, durationMs, live] as const,
  );
}

/**
 * Inside the page, in one round trip (a trace snapshots the whole DOM at every step): the number of
 * links, the badges once they settle at the top, and again after a scroll to the middle.
 */
export function badgesAtTopAndMiddle(page: Page): Promise<{ links: number; top: number; middle: number }> {
  return page.evaluate(async () => {
    const count = () =>
      document.querySelector('scanlink-badges')?.shadowRoot?.querySelectorAll('.badge').length ?? 0;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const settle = async (above: number) => {
      for (let waited = 0; count() <= above && waited < 10_000; waited += 50) await sleep(50);
      // Then as long again as a lookup and a frame take, for any badge still to come.
      await sleep(1_000);
      return count();
    };
    const top = await settle(0);
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    return { links: document.links.length, top, middle: await settle(top) };
  });
}
