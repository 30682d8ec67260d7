import { describe, expect, it } from 'vitest';
import type { VerdictRow } from '../db/rows';
import { linkVerdictWithLocalFindings, withLocalFindings } from './local-findings';

/** How the offline checks' reasons begin (in English, the language unit tests read). */
const LOCAL_REASON_PREFIX = 'Scanlink’s own check: ';

const LOOK_ALIKE = 'https://paypa1.com/signin';
const PLAIN = 'https://docs.example/guide';
const NOW = 1_000;

const row = (url: string, kind: VerdictRow['kind'], reasons: string[] = []): VerdictRow => ({
  url,
  kind,
  reasons,
  categories: [],
  checkedAt: 5,
  scanId: 'scan-1',
});

describe('the offline checks beside the scanner', () => {
  it('call a look-alike link suspicious before any scan, and say why', () => {
    const shown = withLocalFindings(LOOK_ALIKE, undefined, NOW, { withReasons: false });
    expect(shown).toMatchObject({ url: LOOK_ALIKE, kind: 'suspicious', checkedAt: NOW });
    expect(shown?.reasons.length).toBeGreaterThan(0);
    for (const reason of shown?.reasons ?? []) expect(reason.startsWith(LOCAL_REASON_PREFIX)).toBe(true);
  });

  it('never call a link safe: a link they find nothing in keeps what it had', () => {
    expect(withLocalFindings(PLAIN, undefined, NOW, { withReasons: true })).toBeUndefined();
    const pending = row(PLAIN, 'pending');
    expect(withLocalFindings(PLAIN, pending, NOW, { withReasons: true })).toBe(pending);
  });

  it('stand while the scanner has not decided: scan running, could not judge, or failed', () => {
    for (const kind of ['pending', 'unknown', 'error'] as const) {
      const shown = withLocalFindings(LOOK_ALIKE, row(LOOK_ALIKE, kind), NOW, { withReasons: false });
      expect(shown?.kind, kind).toBe('suspicious');
    }
    const pending = withLocalFindings(LOOK_ALIKE, row(LOOK_ALIKE, 'pending'), NOW, { withReasons: false });
    expect(pending?.reasons.at(-1)).toBe('A scan is under way.');
  });

  it('give way to the scanner’s verdict, with their reasons after its own when asked', () => {
    const safe = row(LOOK_ALIKE, 'safe', ['No threats found.']);
    expect(withLocalFindings(LOOK_ALIKE, safe, NOW, { withReasons: false })).toBe(safe);
    const card = withLocalFindings(LOOK_ALIKE, safe, NOW, { withReasons: true });
    expect(card?.kind).toBe('safe');
    expect(card?.reasons[0]).toBe('No threats found.');
    expect(card?.reasons[1]?.startsWith(LOCAL_REASON_PREFIX)).toBe(true);
    const malicious = row(LOOK_ALIKE, 'malicious', ['Phishing.']);
    expect(withLocalFindings(LOOK_ALIKE, malicious, NOW, { withReasons: true })?.kind).toBe('malicious');
  });
});

describe('the link’s own text', () => {
  it('is checked too: text showing one site on a link to another makes the card suspicious', () => {
    const url = 'https://account-update.example/';
    expect(withLocalFindings(url, undefined, NOW, { withReasons: true })).toBeUndefined();
    const shown = withLocalFindings(url, undefined, NOW, { withReasons: true, linkText: 'www.paypal.com' });
    expect(shown?.kind).toBe('suspicious');
    expect(shown?.reasons).toContain(
      `${LOCAL_REASON_PREFIX}The link text shows www.paypal.com but the link goes to account-update.example.`,
    );
  });
});

describe('a link’s badge', () => {
  it('shows the scanner’s decision, else the offline suspicion, else what is known', () => {
    const safe = { url: LOOK_ALIKE, kind: 'safe' as const, categories: [] };
    expect(linkVerdictWithLocalFindings(LOOK_ALIKE, safe)).toBe(safe);
    for (const known of [undefined, { url: LOOK_ALIKE, kind: 'pending' as const, categories: [] }])
      expect(linkVerdictWithLocalFindings(LOOK_ALIKE, known)).toEqual({
        url: LOOK_ALIKE,
        kind: 'suspicious',
        categories: [],
      });
    const pending = { url: PLAIN, kind: 'pending' as const, categories: [] };
    expect(linkVerdictWithLocalFindings(PLAIN, pending)).toBe(pending);
    expect(linkVerdictWithLocalFindings(PLAIN, undefined)).toBeUndefined();
  });
});
