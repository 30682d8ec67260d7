import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { slot, withElements } from './sentence-slots';

describe('withElements', () => {
  it('puts each element where the translated sentence placed its slot, in the sentence’s order', () => {
    const time = h('time', null, '14:05');
    const timer = h('span', null, '2 min');
    // As a translation may order them: the second element first.
    const sentence = `Um ${slot(1)} (in ${slot(0)}) versucht Scanlink es erneut.`;
    expect(withElements(sentence, [timer, time])).toEqual([
      'Um ',
      time,
      ' (in ',
      timer,
      ') versucht Scanlink es erneut.',
    ]);
  });

  it('leaves a sentence without slots as it is', () => {
    expect(withElements('Running for 3 s', [h('span', null)])).toEqual(['Running for 3 s']);
  });
});
