import type { ConnectionResult } from '../cloudflare/test-connection';
import type { LinkVerdict, ScanRow, VerdictRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import { historyCsv, historyJson, readHistoryFile } from '../history/history-file';
import { t } from '../i18n/translate';
import { createLinkHolds } from '../navigation/hold-link';
import type { NavigationControl } from '../navigation/navigation-control';
import { createProviders, publicVisibilityFor } from '../providers/chosen-provider';
import { type FullReportView, loadFullReport } from '../report/full-report';
import { type LinkCard, loadLinkCard } from '../report/link-card';
import { type OpenReportTab, openOwnPageReport } from '../report/open-report';
import { createReportFiles, type ReportFile } from '../report/report-files';
import { loadReportView, type ReportView } from '../report/report-view';
import { type BudgetView, budgetView, resumeDay, resumeTab } from '../scan/auto-scan-budget';
import { linkVerdictWithLocalFindings, withLocalFindings } from '../scan/local-findings';
import type { Pipeline } from '../scan/pipeline';
import type { ScanOutcome } from '../scan/scan-request';
import { loadScanStatus, type ScanStatus } from '../scan/scan-status';
import {
  choosePublicScans,
  dismissVisibilityMismatch,
  keepScansPrivate,
  resumeAfterVisibilityChoice,
} from '../scan/visibility-choice';
import { lockedPlainValues } from '../settings/managed-locks';
import type { SettingsStore } from '../settings/settings-store';
import { applySettingsUpdate, type FieldErrors } from '../settings/settings-update';
import { type SettingsView, settingsView as viewOf } from '../settings/settings-view';
import { isTrustedUrl, withTrustedSite } from '../settings/trusted-sites';
import { normaliseUrl } from '../url/normalise-url';
import { parseWebUrl } from '../url/web-url';
import type { Request, Sender } from './messages';

export interface RequestHandlerDeps {
  pipeline: Pipeline;
  store: ScanStore;
  settings: SettingsStore;
  navigation: NavigationControl;
  /** Opens the full report page of a scan in a new tab. */
  openReportTab: OpenReportTab;
  now: () => number;
}

export type { SettingsView };

/** The few settings a content script needs; nothing secret. */
export interface PageSettings {
  autoScanOnHover: boolean;
  autoScanOnVisit: boolean;
  autoScanOnClick: boolean;
  dwellMs: number;
  showSafeBadges: boolean;
  strictMode: boolean;
  /** The person trusts the site this page is on: no banner, no hold, no scan on visit. */
  pageTrusted: boolean;
}

export interface Replies {
  'get-page-settings': PageSettings;
  scan: ScanOutcome;
  'get-verdicts': LinkVerdict[];
  'get-verdict': VerdictRow | null;
  'get-settings': SettingsView;
  'save-settings': { saved: true; settings: SettingsView } | { saved: false; errors: FieldErrors };
  'test-connection': ConnectionResult | { ok: false; errors: FieldErrors };
  'get-history': ScanRow[];
  'clear-history': { cleared: true };
  'export-history': { fileName: string; type: string; text: string };
  'import-history': { scans: number; verdicts: number };
  'get-report': ReportView;
  'get-scan-status': ScanStatus;
  'get-link-card': LinkCard;
  'trust-site': { trusted: string[] };
  'allow-for-session': { allowed: true };
  'hold-navigation': { opened: 'page' | 'checking' };
  'get-auto-scan-budget': BudgetView;
  'resume-auto-scans': BudgetView;
  'get-full-report': FullReportView;
  'get-report-file': ReportFile;
  'open-report': { opened: true };
  'choose-scan-visibility': { chosen: true };
  'dismiss-visibility-mismatch': { dismissed: true };
}

const sameSite = (a: string | undefined, b: string) =>
  a !== undefined && parseWebUrl(a)?.hostname === parseWebUrl(b)?.hostname;

/** Answers a request that has already been validated and allowed for its sender. */
export function createRequestHandler(deps: RequestHandlerDeps) {
  async function settingsView(): Promise<SettingsView> {
    return viewOf(await deps.settings.load());
  }
  /** The settings in force (the policy's values over the person's own). */
  const currentSettings = async () => (await deps.settings.load()).settings;

  /**
   * The person's answer to a refused visibility. Public: the chosen scanner's visibility becomes its
   * Public (unless an administrator set it), and the paused jobs go on. Keep private: still paused.
   */
  async function chooseVisibility(choice: 'public' | 'keep-private'): Promise<void> {
    const pacing = await deps.store.getPacing();
    if (!pacing.visibilityRefused) return;
    if (choice === 'keep-private') return keepScansPrivate(deps.store);
    const { settings, policy } = await deps.settings.load();
    const publicChoice = publicVisibilityFor(settings.provider);
    if (!publicChoice) return;
    if (publicChoice.key in lockedPlainValues(policy.values)) throw new Error(t('managed.locked'));
    const publicSettings = { ...settings, ...publicChoice.settings };
    await deps.settings.save(publicSettings);
    await choosePublicScans(deps.store, publicSettings, deps.now());
    void deps.pipeline.resume();
  }
  const holdLink = createLinkHolds({
    pipeline: deps.pipeline,
    settings: currentSettings,
    navigation: deps.navigation,
    now: deps.now,
  });
  const reportFile = createReportFiles({
    store: deps.store,
    settings: currentSettings,
  });

  return async function handle(request: Request, sender: Sender): Promise<Replies[Request['type']]> {
    const { tabId } = sender;
    switch (request.type) {
      case 'scan':
        return deps.pipeline.scan(request.url, request.reason, {
          ...(tabId === undefined ? {} : { tabId }),
          ...(request.rescan ? { rescan: true } : {}),
        });
      case 'get-verdicts': {
        const urls = [...new Set(request.urls.map((u) => normaliseUrl(u)).filter((u): u is string => !!u))];
        const known = await deps.store.linkVerdicts(urls);
        // The offline checks run for links with no scanner verdict yet.
        return urls.flatMap((url) => linkVerdictWithLocalFindings(url, known.get(url)) ?? []);
      }
      case 'get-verdict': {
        const url = normaliseUrl(request.url);
        const known = url ? await deps.store.getVerdict(url) : undefined;
        return (url && withLocalFindings(url, known, deps.now(), { withReasons: false })) || null;
      }
      case 'get-page-settings': {
        const settings = await currentSettings();
        const { autoScanOnHover, autoScanOnVisit, autoScanOnClick, dwellMs, showSafeBadges, strictMode } =
          settings;
        const pageTrusted = sender.url !== undefined && isTrustedUrl(sender.url, settings.trustedSites);
        return {
          autoScanOnHover,
          autoScanOnVisit,
          autoScanOnClick,
          dwellMs,
          showSafeBadges,
          strictMode,
          pageTrusted,
        };
      }
      case 'get-settings':
        return settingsView();
      case 'save-settings': {
        const { settings: current, policy } = await deps.settings.load();
        const result = applySettingsUpdate(current, request.settings, policy);
        if (!result.ok) return { saved: false, errors: result.errors };
        await deps.settings.save(result.settings);
        // New credentials deserve a new try; pending jobs pick up new timings at once.
        // So does a plan that may now allow the visibility it refused.
        await resumeAfterVisibilityChoice(deps.store, result.settings, deps.now());
        await deps.store.updatePacing({ authRejected: undefined });
        void deps.pipeline.resume();
        await deps.navigation.refreshBlocking();
        return { saved: true, settings: await settingsView() };
      }
      case 'test-connection': {
        // The form as it is now, unsaved, with the saved secret filled in where the field is blank.
        const { settings: current, policy } = await deps.settings.load();
        const result = applySettingsUpdate(current, request.settings, policy);
        if (!result.ok) return { ok: false, errors: result.errors };
        return createProviders(() => result.settings)[result.settings.provider].testConnection();
      }
      case 'get-history':
        return deps.store.history(request.limit);
      case 'export-history': {
        const { scans, verdicts } = await deps.store.exportRows();
        const day = new Date(deps.now()).toISOString().slice(0, 10);
        return request.format === 'json'
          ? {
              fileName: `scanlink-history-${day}.json`,
              type: 'application/json',
              text: historyJson(scans, verdicts, deps.now()),
            }
          : { fileName: `scanlink-history-${day}.csv`, type: 'text/csv', text: historyCsv(scans) };
      }
      case 'import-history': {
        const read = readHistoryFile(request.text);
        if (!read.ok) throw new Error(read.error);
        const added = await deps.store.importRows(read.file.scans, read.file.verdicts);
        // Imported malicious verdicts stop navigations like any other.
        await deps.navigation.refreshBlocking();
        return added;
      }
      case 'clear-history':
        await deps.store.clearHistory();
        await deps.navigation.refreshBlocking();
        return { cleared: true };
      case 'get-report':
        return loadReportView(deps.store, request.scanId);
      case 'get-scan-status': {
        const status = await loadScanStatus(deps.store, request.url, deps.now());
        const url = normaliseUrl(request.url);
        return url && (await deps.navigation.isStopped(url)) ? { ...status, stopped: true } : status;
      }
      case 'get-link-card':
        return loadLinkCard(deps.store, request.url, deps.now(), request.linkText);
      case 'trust-site': {
        // A page may only ask to trust itself: the sender's URL is the browser's word, not the page's.
        if (sender.kind === 'content-script' && !sameSite(sender.url, request.url)) {
          throw new Error(t('common.trustOwnSiteOnly'));
        }
        const settings = await currentSettings();
        const trustedSites = withTrustedSite(settings.trustedSites, request.url);
        if (!trustedSites) throw new Error(t('common.noSiteToTrust'));
        await deps.settings.save({ ...settings, trustedSites });
        await deps.navigation.refreshBlocking();
        return { trusted: trustedSites };
      }
      case 'allow-for-session': {
        const url = parseWebUrl(request.url)?.href;
        if (url) await deps.navigation.allowForSession(url);
        return { allowed: true };
      }
      case 'get-auto-scan-budget':
      case 'resume-auto-scans': {
        const settings = await currentSettings();
        const now = deps.now();
        const { tabId: forTab } = request;
        if (request.type === 'resume-auto-scans') {
          await deps.store.updateAutoScanBudget((stored) => {
            const day = resumeDay(stored, now);
            return forTab === undefined ? day : resumeTab(day, forTab, now);
          });
        }
        return budgetView(await deps.store.getAutoScanBudget(), forTab, settings, now);
      }
      case 'hold-navigation':
        return holdLink(request.url, request.newTab, tabId);
      case 'get-full-report':
        return loadFullReport(deps.store, request.scanId);
      case 'get-report-file':
        return reportFile(request.scanId, request.kind);
      case 'open-report':
        return openOwnPageReport(deps, sender);
      case 'choose-scan-visibility':
        await chooseVisibility(request.choice);
        return { chosen: true };
      case 'dismiss-visibility-mismatch':
        await dismissVisibilityMismatch(deps.store);
        void deps.pipeline.resume();
        return { dismissed: true };
    }
  };
}
