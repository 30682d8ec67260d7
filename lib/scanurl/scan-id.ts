// ScanURL answers a scan in one call and gives it no id, but the pipeline stores reports by scan id:
// derive one from what identifies the scan, the URL and when it ran. Only letters, digits and dashes,
// as for every provider's ids (they end up in keys and paths).

/** FNV-1a, 32 bits: a short, stable digest, not a secret (the URL is in the report anyway). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `scanurl-<time in base 36>-<digest of the URL>`: unique unless one URL is scanned twice in a millisecond. */
export function scanIdFor(url: string, time: number): string {
  return `scanurl-${Math.max(0, Math.trunc(time)).toString(36)}-${fnv1a(url)}`;
}
