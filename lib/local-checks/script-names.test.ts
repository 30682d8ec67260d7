import { describe, expect, it } from 'vitest';
import { scriptNames } from './script-names';

describe('scriptNames', () => {
  it('names one script', () => {
    expect(scriptNames(['Cyrillic'])).toBe('Cyrillic');
  });

  it('joins scripts in the order given, as the reasons name them', () => {
    expect(scriptNames(['Latin', 'Cyrillic'])).toBe('Latin and Cyrillic');
    expect(scriptNames(['Greek', 'Armenian', 'Cherokee'])).toBe('Greek and Armenian and Cherokee');
  });
});
