import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { z } from '../z';

/**
 * How many automatic scans (links dwelt on, pages visited) were started today, in all and per tab. A page
 * that makes the person hover a thousand links, or a day of heavy browsing, must not spend the account's
 * monthly quota: past a budget, automatic scans pause until the person acts.
 */
export const autoScanBudgetSchema = z.object({
  /** The UTC day the counts are for; a new day starts from zero. */
  day: z.string(),
  total: z.number().int().min(0),
  /** Tab id → automatic scans started from that tab today. */
  tabs: z.record(z.string(), z.number().int().min(0)),
});
export type AutoScanBudget = z.infer<typeof autoScanBudgetSchema>;

export interface BudgetLimits {
  autoScanTabBudget: number;
  autoScanDailyBudget: number;
}

export type BudgetRefusal = 'tab-budget' | 'daily-budget';

export const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Today's counts: the stored ones, or zero when they are from another day (or unreadable). */
export function currentBudget(stored: AutoScanBudget | undefined, now: number): AutoScanBudget {
  const day = dayOf(now);
  return stored?.day === day ? stored : { day, total: 0, tabs: {} };
}

/** Counts one more automatic scan from `tabId`, or says which budget it would exceed. */
export function chargeBudget(
  stored: AutoScanBudget | undefined,
  tabId: number | undefined,
  limits: BudgetLimits,
  now: number,
): AutoScanBudget | BudgetRefusal {
  const budget = currentBudget(stored, now);
  if (budget.total >= limits.autoScanDailyBudget) return 'daily-budget';
  if (tabId === undefined) return { ...budget, total: budget.total + 1 };
  const used = budget.tabs[tabId] ?? 0;
  if (used >= limits.autoScanTabBudget) return 'tab-budget';
  return { ...budget, total: budget.total + 1, tabs: { ...budget.tabs, [tabId]: used + 1 } };
}

/** The person acted in this tab (a menu, popup or click scan): its automatic scans may go on. */
export function resumeTab(stored: AutoScanBudget | undefined, tabId: number, now: number): AutoScanBudget {
  const { [tabId]: _done, ...tabs } = currentBudget(stored, now).tabs;
  return { ...currentBudget(stored, now), tabs };
}

/** "Resume automatic scans" in the popup: today's count starts again. */
export function resumeDay(stored: AutoScanBudget | undefined, now: number): AutoScanBudget {
  return { ...currentBudget(stored, now), total: 0 };
}

export function budgetRefusalMessage(refusal: BudgetRefusal, limits: BudgetLimits): string {
  return refusal === 'tab-budget'
    ? t('scan.tabBudget', [formatNumber(limits.autoScanTabBudget)])
    : t('scan.dailyBudget', [formatNumber(limits.autoScanDailyBudget)]);
}

/** Where today's automatic scans stand, for the popup. */
export interface BudgetView {
  dailyUsed: number;
  dailyLimit: number;
  tabUsed: number;
  tabLimit: number;
  /** Which budget stops automatic scans (in this tab) now, if any. */
  paused?: BudgetRefusal;
}

export function budgetView(
  stored: AutoScanBudget | undefined,
  tabId: number | undefined,
  limits: BudgetLimits,
  now: number,
): BudgetView {
  const budget = currentBudget(stored, now);
  const tabUsed = tabId === undefined ? 0 : (budget.tabs[tabId] ?? 0);
  const paused: BudgetRefusal | undefined =
    budget.total >= limits.autoScanDailyBudget
      ? 'daily-budget'
      : tabUsed >= limits.autoScanTabBudget
        ? 'tab-budget'
        : undefined;
  return {
    dailyUsed: budget.total,
    dailyLimit: limits.autoScanDailyBudget,
    tabUsed,
    tabLimit: limits.autoScanTabBudget,
    ...(paused ? { paused } : {}),
  };
}
