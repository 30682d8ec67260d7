import type { VerdictRow } from '../db/rows';

const WORDS: Record<VerdictRow['kind'], string> = {
  malicious: 'malicious',
  suspicious: 'suspicious',
  safe: 'no threats found',
  unknown: 'unknown',
  pending: 'scanning',
  error: 'scan failed',
};

const SYMBOL: Record<VerdictRow['kind'], string> = {
  malicious: '!',
  suspicious: '?',
  safe: '✓',
  unknown: '–',
  pending: '…',
  error: '×',
};

/** What a screen reader reads for a link's badge, e.g. "Scanlink: malicious — Phishing". */
export function badgeLabel(verdict: Pick<VerdictRow, 'kind' | 'categories'>): string {
  const why = verdict.categories.length > 0 ? ` — ${verdict.categories.join(', ')}` : '';
  return `Scanlink: ${WORDS[verdict.kind]}${why}`;
}

export function badgeSymbol(kind: VerdictRow['kind']): string {
  return SYMBOL[kind];
}
