import type { VerdictKind } from './verdict';

/** How the toolbar icon shows a tab's page verdict: a short text and a colour. */
export const TOOLBAR_BADGE: Record<VerdictKind, { text: string; color: string; title: string }> = {
  malicious: { text: '!', color: '#c62828', title: 'Scanlink: this page was reported malicious' },
  suspicious: { text: '?', color: '#ef6c00', title: 'Scanlink: this page looks suspicious' },
  safe: { text: '✓', color: '#2e7d32', title: 'Scanlink: no threats found' },
  unknown: { text: '–', color: '#616161', title: 'Scanlink: the scan could not judge this page' },
  pending: { text: '…', color: '#1565c0', title: 'Scanlink: scanning this page' },
  error: { text: '×', color: '#6a1b9a', title: 'Scanlink: the scan failed' },
};
