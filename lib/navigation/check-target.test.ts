import { describe, expect, it } from 'vitest';
import { checkPagePath } from './block-rules';
import { parseCheckTarget } from './check-target';

const search = (path: string) => new URL(path, 'chrome-extension://id/').search;

describe('checking page target', () => {
  it('reads back what the background wrote', () => {
    const url = 'https://evil.example/a?b=1&c=%20#x';
    expect(parseCheckTarget(search(checkPagePath({ blocked: url })))).toEqual({ mode: 'blocked', url });
    expect(parseCheckTarget(search(checkPagePath({ holding: url })))).toEqual({ mode: 'holding', url });
  });

  it('refuses anything but a web address, since any page can open it', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'not a url', '']) {
      expect(parseCheckTarget(search(checkPagePath({ blocked: url })))).toBeUndefined();
    }
    expect(parseCheckTarget('?other=https://a.example/')).toBeUndefined();
  });
});
