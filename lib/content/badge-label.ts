import type { VerdictRow } from '../db/rows';
import { t } from '../i18n/translate';

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
  const kind = t(`badge.kind.${verdict.kind}`);
  return verdict.categories.length > 0
    ? t('badge.labelWithCategories', [kind, verdict.categories.join(', ')])
    : t('badge.label', [kind]);
}

export function badgeSymbol(kind: VerdictRow['kind']): string {
  return SYMBOL[kind];
}
