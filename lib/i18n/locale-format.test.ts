import { describe, expect, it } from 'vitest';
import { formatNumber, uiLocale } from './locale-format';

describe('locale formatting', () => {
  it('follows the language of the strings', () => {
    expect(uiLocale()).toBe('en');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });
});
