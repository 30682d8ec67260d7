import type { VerdictRow } from '../db/rows';
import { t } from '../i18n/translate';
import type { Sender } from '../messaging/messages';
import { normaliseUrl } from '../url/normalise-url';

/** Opens the report page of a scan in a new tab beside the tab that asked; implemented in the background. */
export type OpenReportTab = (scanId: string, openerTabId: number | undefined) => Promise<void>;

export interface OpenReportDeps {
  store: { getVerdict(url: string): Promise<VerdictRow | undefined> };
  openReportTab: OpenReportTab;
}

/**
 * "Open the full report" on the warning banner. The page is named by the browser's sender URL, never by
 * the message (which carries nothing): a page can open the report of its own verdict and no other.
 */
export async function openOwnPageReport(deps: OpenReportDeps, sender: Sender): Promise<{ opened: true }> {
  const url = sender.url === undefined ? undefined : normaliseUrl(sender.url);
  const verdict = url ? await deps.store.getVerdict(url) : undefined;
  if (!verdict?.scanId) throw new Error(t('reportPage.noReportOfPage'));
  await deps.openReportTab(verdict.scanId, sender.tabId);
  return { opened: true };
}
