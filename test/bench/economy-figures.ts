import type { ApiUse } from './economy-counts';
import { type EconomySession, POLL_MS, RATE_MS, SCALE, SCAN_MS } from './economy-session';
import type { Figure } from './figures';

/** How the extension's session ended: its verdict per link, and jobs still in its queue. */
export interface Outcome {
  verdicts: ReadonlyMap<string, string>;
  jobsLeft: number;
}

export interface Measured {
  session: EconomySession;
  scanlink: ApiUse;
  naive: ApiUse;
  outcome: Outcome;
  naiveVerdicts: number;
  /** Today's automatic-scan counts as the extension stored them. */
  budget: { total: number; tabs: Record<string, number> } | undefined;
  /** Jobs in the extension's queue at each moment the worker was stopped. */
  jobsAtStops: readonly number[];
  settledMs: number;
}

const SECTION = 'API economy';
/** The shipped budgets (settings-schema.ts), which the run raised. */
const DEFAULT_BUDGETS = { tab: 30, daily: 150 };

const NAIVE = `Naive client: submits at once on every dwell, never searches, polls every ${POLL_MS} ms until ready, then fetches the screenshot; a 429 is not retried`;

export function economyFigures(m: Measured): Figure[] {
  const { session, scanlink: s, naive: n, outcome } = m;
  const distinct = session.urls.length;
  const needScan = distinct - session.seeded.length;
  const baseline = (value: number) => ({ value, label: 'naive client' });
  const figure = (name: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({
    section: SECTION,
    name,
    value,
    unit,
    ...extra,
  });
  const shape =
    `${session.tabs.length} tabs, ${session.dwells.length} dwells over ${distinct} links ` +
    `(${session.seeded.length} already scanned publicly), worker stopped ${m.jobsAtStops.length}× ` +
    `(with ${m.jobsAtStops.join(' and ')} job(s) queued); time ×${SCALE}: scan ${SCAN_MS} ms, ` +
    `rate 1 per ${RATE_MS} ms, polls after ${POLL_MS} ms then every ${POLL_MS} ms`;
  const kinds = session.urls.map((url) => outcome.verdicts.get(url) ?? 'none');
  const decided = kinds.filter((kind) => !['pending', 'error', 'none'].includes(kind)).length;
  const errors = kinds.filter((kind) => kind === 'error').length;
  const charged = m.budget?.total ?? 0;
  const perTab = Object.values(m.budget?.tabs ?? {});
  const overTab = perTab.reduce((sum, used) => sum + Math.max(0, used - DEFAULT_BUDGETS.tab), 0);

  return [
    figure('scan submissions', s.submits, 'requests', {
      baseline: baseline(n.submits),
      target: { limit: needScan, kind: 'max' },
      note: `${shape}. Every POST scan, accepted or not (scans started: ${s.scansStarted}, naive ${n.scansStarted}); target = links with no reusable scan. ${NAIVE}`,
    }),
    figure('searches', s.searches, 'requests', {
      baseline: baseline(n.searches),
      note: 'one per new job, plus any looking for a submit cut off by the worker stop',
    }),
    figure('result requests', s.results, 'requests', {
      baseline: baseline(n.results),
      note: 'every GET result: polls of submitted scans plus the one fetch of each reused scan',
    }),
    figure('result polls per submitted scan', s.pollsPerSubmittedScan, 'polls', {
      baseline: baseline(n.pollsPerSubmittedScan),
      target: { limit: 4, kind: 'max' },
      note: `GET result of the client's own scans ÷ scans it started; a scan takes ${SCAN_MS} ms (20 s scaled)`,
    }),
    figure('screenshot requests', s.screenshots, 'requests', { baseline: baseline(n.screenshots) }),
    figure('total API requests', s.total, 'requests', { baseline: baseline(n.total) }),
    figure('requests beyond the account’s rate', s.overRate, 'requests', {
      baseline: baseline(n.overRate),
      target: { limit: 0, kind: 'max' },
      note: `answered 429 by the mock: a submit sooner than 1 per 10 s, or past 1,200 requests per 5 min (both scaled); closest submits ${s.closestSubmitsMs} ms apart`,
    }),
    figure('links with a verdict', decided, 'links', {
      baseline: baseline(m.naiveVerdicts),
      target: { limit: distinct, kind: 'min' },
      note: `${outcome.jobsLeft} job(s) left, ${errors} error verdict(s); all settled ${(m.settledMs / 1000).toFixed(1)} s after the first dwell`,
    }),
    figure('automatic scans charged to the budget', charged, 'scans', {
      note: `budgets raised for the run; ${charged - s.scansStarted} of these found a reusable scan and cost no scan; at the defaults (${DEFAULT_BUDGETS.daily} a day, ${DEFAULT_BUDGETS.tab} a tab; busiest tab ${Math.max(0, ...perTab)}) about ${Math.max(0, charged - DEFAULT_BUDGETS.daily, overTab)} would have been refused`,
    }),
  ];
}
