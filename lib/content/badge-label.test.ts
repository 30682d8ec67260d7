import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeLabel } from './badge-label';

describe('badgeLabel', () => {
  it('names the kind, and the categories when there are any', () => {
    expect(badgeLabel({ kind: 'malicious', categories: ['Phishing', 'Malware'] })).toBe(
      'Scanlink: malicious — Phishing, Malware',
    );
    expect(badgeLabel({ kind: 'safe', categories: [] })).toBe('Scanlink: no threats found');
  });

  it('asks the browser for a label once, however many links carry it', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    try {
      for (let i = 0; i < 100; i += 1) badgeLabel({ kind: 'suspicious', categories: ['Spam'] });
      expect(getMessage).toHaveBeenCalledTimes(2);
    } finally {
      getMessage.mockRestore();
    }
  });

  it('keeps labels apart by kind and by categories', () => {
    expect(badgeLabel({ kind: 'malicious', categories: ['Spam'] })).toBe('Scanlink: malicious — Spam');
    expect(badgeLabel({ kind: 'suspicious', categories: ['Spam'] })).toBe('Scanlink: suspicious — Spam');
    expect(badgeLabel({ kind: 'malicious', categories: [] })).toBe('Scanlink: malicious');
  });
});
