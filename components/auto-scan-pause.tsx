import { formatNumber } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';
import type { BudgetView } from '../lib/scan/auto-scan-budget';

interface AutoScanPauseProps {
  view: BudgetView;
  onResume: () => void;
}

/** Says that automatic scans are paused (a budget is used up), and lets the person resume them. */
export function AutoScanPause({ view, onResume }: AutoScanPauseProps) {
  if (!view.paused) return null;
  const why =
    view.paused === 'daily-budget'
      ? t('autoScan.pausedDaily', [formatNumber(view.dailyLimit)])
      : t('autoScan.pausedTab', [formatNumber(view.tabLimit)]);
  return (
    <section class="auto-scan-pause" role="status" aria-label={t('autoScan.region')}>
      <p>
        {why} {t('autoScan.askedStillRun')}
      </p>
      <button type="button" onClick={onResume}>
        {t('autoScan.resume')}
      </button>
    </section>
  );
}
