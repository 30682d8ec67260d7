/**
 * Which writing system a letter belongs to, for the few scripts whose letters pass for Latin ones.
 * A compact subset of Unicode's Scripts.txt: enough to spot "pаypal" (Cyrillic а) without the full table.
 */

export type LetterScript = 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian' | 'Cherokee';

// [first, last, script], code point ranges.
const SCRIPT_RANGES: readonly (readonly [number, number, LetterScript])[] = [
  [0x61, 0x7a, 'Latin'],
  [0xc0, 0x24f, 'Latin'], // Latin-1 letters, Extended-A and -B (× and ÷ excluded below)
  [0x250, 0x2af, 'Latin'], // IPA extensions: ɑ, ɡ, ɩ
  [0x1e00, 0x1eff, 'Latin'],
  [0x370, 0x3ff, 'Greek'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x400, 0x52f, 'Cyrillic'],
  [0x1c80, 0x1c8f, 'Cyrillic'],
  [0xa640, 0xa69f, 'Cyrillic'],
  [0x530, 0x58f, 'Armenian'],
  [0x13a0, 0x13ff, 'Cherokee'],
  [0xab70, 0xabbf, 'Cherokee'],
];

/** The script of one character, or undefined for digits, hyphens and scripts that do not pass for Latin. */
export function letterScript(character: string): LetterScript | undefined {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0xd7 || code === 0xf7) return undefined;
  for (const [first, last, script] of SCRIPT_RANGES) {
    if (code >= first && code <= last) return script;
  }
  return undefined;
}

/** The look-alike scripts used in `text`, in order of first use. */
export function scriptsIn(text: string): LetterScript[] {
  const scripts = new Set<LetterScript>();
  for (const character of text.toLowerCase()) {
    const script = letterScript(character);
    if (script !== undefined) scripts.add(script);
  }
  return [...scripts];
}
