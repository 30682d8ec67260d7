import { describe, expect, it } from 'vitest';
import { isMorePublic } from './visibility';

describe('isMorePublic', () => {
  it.each([
    ['public', 'Unlisted', true],
    ['Public', 'private', true],
    ['unlisted', 'private', true],
    ['unlisted', 'Unlisted', false],
    ['unlisted', 'Public', false],
    ['private', 'unlisted', false],
    [undefined, 'Unlisted', false],
    ['public', undefined, false],
    ['shared', 'private', false],
  ] as const)('%s answered for %s asked: %s', (answered, asked, expected) => {
    expect(isMorePublic(answered, asked)).toBe(expected);
  });
});
