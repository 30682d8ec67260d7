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
      ? `Automatic scans are paused for today: all ${view.dailyLimit} were used.`
      : `Automatic scans are paused in this tab: it started its ${view.tabLimit} for today.`;
  return (
    <section class="auto-scan-pause" role="status" aria-label="Automatic scans">
      <p>{why} Scans you ask for (menu, popup, opening a link) still run.</p>
      <button type="button" onClick={onResume}>
        Resume automatic scans
      </button>
    </section>
  );
}
