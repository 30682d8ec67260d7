import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../lib/url/normalise-url';
import { economySession } from './economy-session';

describe('the API-economy browsing session', () => {
  it.each([
    ['full', 4, 80, 300, 20],
    ['small', 3, 16, 60, 4],
  ] as const)(
    '%s: the issue’s shape — %i tabs, %i links, %i dwells, %i planted',
    (size, tabs, urls, dwells, seeded) => {
      const session = economySession(size);
      expect(session.tabs).toHaveLength(tabs);
      expect(session.urls).toHaveLength(urls);
      expect(session.dwells).toHaveLength(dwells);
      expect(new Set(session.seeded).size).toBe(seeded);
      // Every link is dwelt on, and links come back in more than one tab.
      expect(new Set(session.dwells.map((d) => d.url)).size).toBe(urls);
      const tabsPerLink = session.urls.map(
        (_, i) => new Set(session.dwells.filter((d) => d.url === i).map((d) => d.tab)),
      );
      expect(tabsPerLink.filter((seen) => seen.size > 1).length).toBeGreaterThan(urls / 4);
    },
  );

  it('is the same every time, so both clients and every run see one session', () => {
    expect(economySession('full')).toEqual(economySession('full'));
  });

  it('writes links as the extension normalises them, so counts and verdicts match by string', () => {
    for (const url of economySession('full').urls) expect(normaliseUrl(url)).toBe(url);
  });

  it('stops the worker twice, each right after the first dwell on a link that needs its own scan', () => {
    const session = economySession('full');
    expect(session.stopWorkerAfter).toHaveLength(2);
    for (const after of session.stopWorkerAfter) {
      const dwell = session.dwells[after - 1];
      const url = session.urls[dwell?.url ?? -1] ?? '';
      expect(session.seeded).not.toContain(url);
      expect(session.dwells.findIndex((d) => d.url === dwell?.url)).toBe(after - 1);
    }
  });
});
