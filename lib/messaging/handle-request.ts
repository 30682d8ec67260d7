import { type ConnectionResult, testConnection } from '../cloudflare/test-connection';
import type { ScanRow, VerdictRow } from '../db/rows';
import type { ScanStore } from '../db/scan-store';
import type { Pipeline } from '../scan/pipeline';
import type { ScanOutcome } from '../scan/scan-request';
import type { SettingsStore } from '../settings/settings-store';
import {
  applySettingsUpdate,
  type FieldErrors,
  type PublicSettings,
  redactSettings,
} from '../settings/settings-update';
import { normaliseUrl } from '../url/normalise-url';
import type { Request } from './messages';

export interface RequestHandlerDeps {
  pipeline: Pipeline;
  store: ScanStore;
  settings: SettingsStore;
}

export type SettingsView = PublicSettings & { resetKeys: string[] };

/** The few settings a content script needs; nothing secret. */
export interface PageSettings {
  autoScanOnHover: boolean;
  autoScanOnVisit: boolean;
  dwellMs: number;
}

export interface Replies {
  'get-page-settings': PageSettings;
  scan: ScanOutcome;
  'get-verdicts': VerdictRow[];
  'get-settings': SettingsView;
  'save-settings': { saved: true; settings: SettingsView } | { saved: false; errors: FieldErrors };
  'test-connection': ConnectionResult | { ok: false; errors: FieldErrors };
  'get-history': ScanRow[];
  'clear-history': { cleared: true };
}

/** Answers a request that has already been validated and allowed for its sender. */
export function createRequestHandler(deps: RequestHandlerDeps) {
  async function settingsView(): Promise<SettingsView> {
    const { settings, resetKeys } = await deps.settings.load();
    return { ...redactSettings(settings), resetKeys };
  }

  return async function handle(request: Request, tabId?: number): Promise<Replies[Request['type']]> {
    switch (request.type) {
      case 'scan':
        return deps.pipeline.scan(request.url, request.reason, {
          ...(tabId === undefined ? {} : { tabId }),
          ...(request.rescan ? { rescan: true } : {}),
        });
      case 'get-verdicts': {
        const urls = request.urls.map((u) => normaliseUrl(u)).filter((u): u is string => !!u);
        return deps.store.getVerdicts(urls);
      }
      case 'get-page-settings': {
        const { settings } = await deps.settings.load();
        const { autoScanOnHover, autoScanOnVisit, dwellMs } = settings;
        return { autoScanOnHover, autoScanOnVisit, dwellMs };
      }
      case 'get-settings':
        return settingsView();
      case 'save-settings': {
        const { settings: current } = await deps.settings.load();
        const result = applySettingsUpdate(current, request.settings);
        if (!result.ok) return { saved: false, errors: result.errors };
        await deps.settings.save(result.settings);
        // New credentials deserve a new try; pending jobs pick up new timings at once.
        await deps.store.updatePacing({ authRejected: undefined });
        void deps.pipeline.resume();
        return { saved: true, settings: await settingsView() };
      }
      case 'test-connection': {
        // The form as it is now, unsaved, with the saved secret filled in where the field is blank.
        const { settings: current } = await deps.settings.load();
        const result = applySettingsUpdate(current, request.settings);
        if (!result.ok) return { ok: false, errors: result.errors };
        return testConnection(result.settings);
      }
      case 'get-history':
        return deps.store.history(request.limit);
      case 'clear-history':
        await deps.store.clearHistory();
        return { cleared: true };
    }
  };
}
