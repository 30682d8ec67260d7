import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScanEligibility } from '../../lib/url/scan-eligibility';
import { verdictFor } from '../mock-api/verdict';
import { DEMO_LINKS, DEMO_PAGE_URL, FLAGGED_PAGE_URL } from './demo-links';

const demoPage = readFileSync(new URL('./demo-page.html', import.meta.url), 'utf8');

describe('the demo links', () => {
  it('are the links of the demo page, in its order', () => {
    const onPage = [...demoPage.matchAll(/<a id="([^"]+)" href="([^"]+)"/g)].map(([, id, url]) => ({
      id,
      url,
    }));
    expect(onPage).toEqual(DEMO_LINKS.map(({ id, url }) => ({ id, url })));
  });

  it('each get from the mock scanner the verdict the demo promises', () => {
    for (const link of DEMO_LINKS) expect(verdictFor(link.url), link.url).toBe(link.expected);
    expect(verdictFor(FLAGGED_PAGE_URL)).toBe('malicious');
  });

  it('are addresses Scanlink agrees to scan (it refuses local ones)', () => {
    for (const url of [DEMO_PAGE_URL, ...DEMO_LINKS.map((link) => link.url)]) {
      expect(checkScanEligibility(url, []), url).toMatchObject({ eligible: true });
    }
  });
});
