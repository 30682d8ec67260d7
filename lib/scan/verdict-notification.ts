import type { VerdictRow } from '../db/rows';
import { t } from '../i18n/translate';

/** The notification a person gets when a scan they asked for from the menu finishes. */
export function verdictNotification(verdict: Pick<VerdictRow, 'url' | 'kind' | 'reasons'>) {
  return {
    title: t(`notification.${verdict.kind}`),
    message: `${verdict.url}\n${verdict.reasons.join(' ')}`.slice(0, 500),
  };
}
