/**
 * A skeleton in the spirit of UTS #39 (https://www.unicode.org/reports/tr39/#def-skeleton): two strings
 * that look alike get the same skeleton. Unicode's confusables.txt has thousands of rows; this keeps the
 * Cyrillic, Greek and Latin letters and digit swaps that phishing actually uses, so it stays tiny.
 */

// Each character of the first string looks like the character at the same place in the second.
const LOOKALIKE_FROM = 'аеорсухіїјѕһԁӏԛԝкмтпгьɑɡıɩɫʟαβεηικνορτυχωγ0135';
const LOOKALIKE_TO = 'aeopcyxiijshdlqwkmtnrbagiillabenikvoptuxwyoles';

const LOOKALIKES = new Map<string, string>();
for (let i = 0; i < LOOKALIKE_FROM.length; i++) {
  LOOKALIKES.set(LOOKALIKE_FROM.charAt(i), LOOKALIKE_TO.charAt(i));
}

/** The skeleton of `text`: compare skeletons, never show them. */
export function skeletonOf(text: string): string {
  let mapped = '';
  // Most labels are plain ASCII: only the digit swaps apply, and NFD has nothing to split.
  const ascii = /^\p{ASCII}*$/u.test(text);
  // NFD splits "ä" into "a" plus a combining mark, which is then dropped.
  for (const character of ascii ? text.toLowerCase() : text.toLowerCase().normalize('NFD')) {
    if (!ascii && /\p{M}/u.test(character)) continue;
    mapped += LOOKALIKES.get(character) ?? character;
  }
  // i, l and 1 are one shape in many fonts; rn and vv read as m and w at a glance.
  return mapped.replaceAll('i', 'l').replaceAll('rn', 'm').replaceAll('vv', 'w');
}
