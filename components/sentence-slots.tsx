import type { ComponentChild } from 'preact';

// A sentence that holds an element (a timer, a time) is translated whole, with a marker where the
// element goes: each language places it where its word order wants it. The markers are private-use
// characters, which no translation or substitution contains.

/** The substitution that stands for `elements[index]` of `withElements`. */
export const slot = (index: number) => `\uE000${index}\uE001`;

/** A translated sentence with each slot marker replaced by its element. */
export function withElements(sentence: string, elements: readonly ComponentChild[]): ComponentChild[] {
  return sentence
    .split(/\uE000(\d)\uE001/)
    .map((part, index) => (index % 2 === 0 ? part : elements[Number(part)]));
}
