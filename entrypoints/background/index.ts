import { defineBackground } from 'wxt/utils/define-background';
import { ScanlinkDatabase } from '../../lib/db/database';
import { createScanStore } from '../../lib/db/scan-store';
import { createRequestHandler } from '../../lib/messaging/handle-request';
import { chosenProvider } from '../../lib/providers/chosen-provider';
import { createPipeline } from '../../lib/scan/pipeline';
import { onManagedPolicyChange } from '../../lib/settings/managed-storage';
import { createSettingsStore } from '../../lib/settings/settings-store';
import { registerContextMenus } from './context-menu';
import { listenForRequests } from './message-listener';
import { createNavigationGuard } from './navigation-guard';
import { openReportTab } from './report-tab';
import { registerScanCommand } from './scan-command';
import { showPageScansOnToolbar } from './toolbar-badge';
import { createVerdictBroadcast } from './verdict-broadcast';
import { onPipelineAlarm, wakeTimers } from './wake-timers';

export default defineBackground({
  type: 'module',
  main() {
    const db = new ScanlinkDatabase();
    const store = createScanStore(db);
    const settingsStore = createSettingsStore(db);
    const settings = async () => (await settingsStore.load()).settings;
    const navigation = createNavigationGuard(store, settings);
    const broadcastVerdict = createVerdictBroadcast(store);
    const pipeline = createPipeline({
      provider: chosenProvider(settings),
      store,
      settings,
      now: Date.now,
      timers: wakeTimers,
      onVerdict: (verdict, waiters) => {
        broadcastVerdict(verdict, waiters);
        void navigation
          .verdictChanged(verdict)
          .catch((error: unknown) => console.error('Scanlink: blocking rules', error));
      },
      onError: (error) => console.error('Scanlink: scan pipeline error', error),
    });

    // Listeners first and synchronously: the event that woke this worker is delivered only to them.
    registerContextMenus(pipeline, store);
    registerScanCommand(pipeline, store);
    listenForRequests(
      showPageScansOnToolbar(
        createRequestHandler({
          pipeline,
          store,
          settings: settingsStore,
          navigation,
          openReportTab,
          now: Date.now,
        }),
      ),
    );
    onPipelineAlarm(() => void pipeline.resume());
    // A new policy (an administrator's new token, say) deserves a new try, as a saved form does.
    onManagedPolicyChange(
      () => void store.updatePacing({ authRejected: undefined }).then(() => pipeline.resume()),
    );

    // Pick up whatever a previous worker left unfinished.
    void pipeline.resume();
    // Dynamic rules persist, but a verdict decided while the last worker died may not have reached them.
    void navigation
      .refreshBlocking()
      .catch((error: unknown) => console.error('Scanlink: blocking rules', error));
  },
});
