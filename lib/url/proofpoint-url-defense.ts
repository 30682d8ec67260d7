/**
 * Decoding of links rewritten by Proofpoint URL Defense, after the format of Proofpoint's own published
 * decoder (URLDefenseDecode.py, versions 1 to 3). Returns the original URL text, or undefined when
 * `href` is not a URL Defense link or does not decode.
 */

const V1 = /^https?:\/\/urldefense\.proofpoint\.com\/v1\/url\?(?:.*&)?u=([^&]*)/i;
const V2 = /^https?:\/\/urldefense(?:\.proofpoint)?\.com\/v2\/url\?(?:.*&)?u=([^&]*)/i;
// v3 keeps the URL nearly readable: __<url>__;<base64url of the characters it replaced by *>!!<signature>
const V3 = /^https?:\/\/urldefense(?:\.proofpoint)?\.com\/v3\/__(.+?)__;([A-Za-z0-9_-]*)!/i;

// In v3, "**" plus one of these stands for a run of 2, 3, 4… replaced characters.
const V3_RUN_LENGTHS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function decodeUrlDefense(href: string): string | undefined {
  const v3 = V3.exec(href);
  if (v3 !== null) return decodeV3(v3[1] ?? '', v3[2] ?? '');
  const v2 = V2.exec(href);
  // v2 made the URL query-safe by writing % as - and / as _.
  if (v2 !== null) return unescapeHtml(safeDecode((v2[1] ?? '').replaceAll('-', '%').replaceAll('_', '/')));
  const v1 = V1.exec(href);
  if (v1 !== null) return unescapeHtml(safeDecode(v1[1] ?? ''));
  return undefined;
}

function decodeV3(encodedUrl: string, replacedBase64: string): string | undefined {
  const replaced = decodeBase64Url(replacedBase64);
  if (replaced === undefined) return undefined;
  const text = safeDecode(encodedUrl);
  let next = 0;
  let decoded = '';
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (character !== '*') {
      decoded += character;
      continue;
    }
    let count = 1;
    if (text.charAt(i + 1) === '*') {
      count = V3_RUN_LENGTHS.indexOf(text.charAt(i + 2)) + 2;
      if (count < 2) return undefined;
      i += 2;
    }
    if (next + count > replaced.length) return undefined;
    decoded += replaced.slice(next, next + count).join('');
    next += count;
  }
  return decoded;
}

/** The characters (code points, not UTF-16 units) of base64url-encoded UTF-8, or undefined. */
function decodeBase64Url(text: string): string[] | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return Array.from(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Versions 1 and 2 were taken from HTML, so "&amp;" may stand for "&".
function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}
