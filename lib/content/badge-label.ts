import type { VerdictRow } from '../db/rows';
import { message } from '../i18n/message';

const SYMBOL: Record<VerdictRow['kind'], string> = {
  malicious: '!',
  suspicious: '?',
  safe: '✓',
  unknown: '–',
  pending: '…',
  error: '×',
};

// A page draws the same few labels for hundreds of links, and every `message()` call goes through the
// extension bindings (the first also waits 5–20 ms for the browser to hand over the strings). Labels are
// kept by kind and categories; the cap only guards against a page of endless distinct categories.
const labels = new Map<string, string>();
const MAX_LABELS = 256;

/** What a screen reader reads for a link's badge, e.g. "Scanlink: malicious — Phishing". */
export function badgeLabel(verdict: Pick<VerdictRow, 'kind' | 'categories'>): string {
  const key = JSON.stringify([verdict.kind, verdict.categories]);
  let label = labels.get(key);
  if (label === undefined) {
    const kind = message(`badge.kind.${verdict.kind}`);
    label =
      verdict.categories.length > 0
        ? message('badge.labelWithCategories', [kind, verdict.categories.join(', ')])
        : message('badge.label', [kind]);
    if (labels.size >= MAX_LABELS) labels.clear();
    labels.set(key, label);
  }
  return label;
}

export function badgeSymbol(kind: VerdictRow['kind']): string {
  return SYMBOL[kind];
}
