import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['google', 'google', 0],
    ['google', 'googel', 1], // neighbours swapped
    ['amazon', 'amazom', 1],
    ['paypal', 'paypall', 1],
    ['paypal', 'pypal', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('gives up at the limit', () => {
    expect(editDistance('paypal', 'completely-different', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
