import { describe, expect, it } from 'vitest';
import { editDistance, isWithinOneEdit } from './edit-distance';

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

describe('isWithinOneEdit', () => {
  it('agrees with editDistance(…, 1) ≤ 1 on every pair of short strings over a small alphabet', () => {
    const words = [''];
    for (let length = 1; length <= 4; length++) {
      for (const word of words.filter((w) => w.length === length - 1)) {
        for (const letter of 'abc') words.push(word + letter);
      }
    }
    let checked = 0;
    for (const a of words) {
      for (const b of words) {
        expect(isWithinOneEdit(a, b), `${a} / ${b}`).toBe(editDistance(a, b, 1) <= 1);
        checked += 1;
      }
    }
    expect(checked).toBe(121 ** 2);
  });
});
