/**
 * Punycode decoding (RFC 3492), for showing and judging IDN hosts. The WHATWG parser hands us ASCII
 * `xn--` labels and browsers expose no decoder, so this is the spec's algorithm in a few lines.
 * https://www.rfc-editor.org/rfc/rfc3492#section-6.2
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const ACE_PREFIX = 'xn--';

/** The Unicode text a Punycode string (without `xn--`) encodes, or undefined if it is malformed. */
export function decodePunycode(input: string): string | undefined {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let index = delimiter + 1;
  while (index < input.length) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      const digit = digitValue(input.charCodeAt(index++));
      if (digit === undefined) return undefined;
      i += digit * weight;
      // Hostile input could grow i without bound; no real label gets near this.
      if (i > 0x7fffffff) return undefined;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** `hostname` with each `xn--` label decoded; labels that fail to decode are kept as written. */
export function toUnicodeHostname(hostname: string): string {
  return hostname
    .split('.')
    .map((label) =>
      label.startsWith(ACE_PREFIX) ? (decodePunycode(label.slice(ACE_PREFIX.length)) ?? label) : label,
    )
    .join('.');
}

function digitValue(code: number): number | undefined {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are digits 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return undefined; // also NaN, when the input ends mid-number
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}
