import type { VerdictRow } from '../db/rows';

const TITLE: Record<VerdictRow['kind'], string> = {
  malicious: 'Malicious link',
  suspicious: 'Suspicious link',
  safe: 'No threats found',
  unknown: 'Scan inconclusive',
  pending: 'Scanning…',
  error: 'Scan failed',
};

/** The notification a person gets when a scan they asked for from the menu finishes. */
export function verdictNotification(verdict: Pick<VerdictRow, 'url' | 'kind' | 'reasons'>) {
  return {
    title: `Scanlink: ${TITLE[verdict.kind]}`,
    message: `${verdict.url}\n${verdict.reasons.join(' ')}`.slice(0, 500),
  };
}
