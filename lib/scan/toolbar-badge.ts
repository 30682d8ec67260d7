import { t } from '../i18n/translate';
import type { VerdictKind } from './verdict';

const LOOK: Record<VerdictKind, { text: string; color: string }> = {
  malicious: { text: '!', color: '#c62828' },
  suspicious: { text: '?', color: '#ef6c00' },
  safe: { text: '✓', color: '#2e7d32' },
  unknown: { text: '–', color: '#616161' },
  pending: { text: '…', color: '#1565c0' },
  error: { text: '×', color: '#6a1b9a' },
};

/** How the toolbar icon shows a tab's page verdict: a short text, a colour and a tooltip. */
export function toolbarBadge(kind: VerdictKind): { text: string; color: string; title: string } {
  return { ...LOOK[kind], title: t(`badge.toolbar.${kind}`) };
}
