import { describe, expect, it } from 'vitest';
import { letterScript, scriptsIn } from './letter-script';

describe('letterScript', () => {
  it.each([
    ['a', 'Latin'],
    ['ü', 'Latin'],
    ['ɑ', 'Latin'],
    ['а', 'Cyrillic'],
    ['ο', 'Greek'],
    ['ա', 'Armenian'],
    ['Ꭺ', 'Cherokee'],
    ['1', undefined],
    ['-', undefined],
    ['例', undefined],
    ['×', undefined],
  ])('%s is %s', (character, script) => {
    expect(letterScript(character)).toBe(script);
  });
});

describe('scriptsIn', () => {
  it('lists each script once, in order of use', () => {
    expect(scriptsIn('pаypal')).toEqual(['Latin', 'Cyrillic']);
    expect(scriptsIn('правительство')).toEqual(['Cyrillic']);
    expect(scriptsIn('例え')).toEqual([]);
    expect(scriptsIn('PАYPAL')).toEqual(['Latin', 'Cyrillic']);
  });
});
