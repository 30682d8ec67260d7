import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScanlinkDatabase } from '../db/database';
import { createScanStore } from '../db/scan-store';
import { createRequestHandler } from '../messaging/handle-request';
import { requestSchema } from '../messaging/messages';
import type { NavigationControl } from '../navigation/navigation-control';
import type { Pipeline } from '../scan/pipeline';
import { lockedMessage } from './managed-locks';
import {
  draftAfterPolicyChange,
  draftFromSettings,
  lockedDraftFields,
  updateFromDraft,
} from './options-draft';
import { createSettingsStore } from './settings-store';
import type { SettingsView } from './settings-view';

let n = 0;
const POLICY = {
  accountId: 'org-account',
  apiToken: 'org-token-secret',
  visibility: 'Public',
  neverScanDomains: ['corp.example'],
  apiBaseUrl: 'ftp://nope.example',
};

function harness(readPolicy?: () => Promise<unknown>) {
  const db = new ScanlinkDatabase(`managed-${++n}`);
  const settings = createSettingsStore(db, readPolicy);
  const navigation: NavigationControl = {
    open: vi.fn(async () => {}),
    allowForSession: vi.fn(async () => {}),
    isStopped: vi.fn(async () => false),
    refreshBlocking: vi.fn(async () => {}),
  };
  const pipeline = { scan: vi.fn(), resume: async () => undefined } as unknown as Pipeline;
  const handle = createRequestHandler({
    pipeline,
    store: createScanStore(db),
    settings,
    navigation,
    openReportTab: vi.fn(async () => {}),
    now: () => 0,
  });
  const page = { kind: 'extension-page' as const };
  const ask = (request: unknown) => handle(requestSchema.parse(request), page);
  const storedRow = async () => JSON.stringify((await db.keyValues.get('settings'))?.value ?? null);
  return { settings, ask, storedRow };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings under the browser’s managed storage', () => {
  it('reads the policy from storage.managed, and an unreadable one as no policy', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    expect((await harness().settings.load()).settings).toMatchObject({
      accountId: 'org-account',
      credentials: { kind: 'token', token: 'org-token-secret' },
    });
    const failing = harness(() => Promise.reject(new Error('Managed storage manifest not found')));
    expect((await failing.settings.load()).policy).toEqual({ values: {}, problems: [] });
  });

  it('shows the options page what is locked and what was ignored, never the managed token', async () => {
    const { ask } = harness(async () => POLICY);
    const view = (await ask({ type: 'get-settings' })) as SettingsView;
    expect(JSON.stringify(view)).not.toContain('org-token-secret');
    expect(view.credentials.secretSaved).toBe(true);
    expect(view.managed.locked.sort()).toEqual(['accountId', 'apiBaseUrl', 'token', 'visibility']);
    expect(view.managed.neverScanDomains).toEqual(['corp.example']);
    expect(view.managed.problems).toEqual([
      { key: 'apiBaseUrl', message: expect.stringContaining('https://') },
    ]);
    // The token fixes the address it is sent to: the default, since the policy's own was ignored.
    expect(view.apiBaseUrl).toBe('https://api.cloudflare.com/client/v4');
  });

  it('saves what the form sends without storing a managed value, and refuses a changed locked field', async () => {
    const { ask, storedRow } = harness(async () => POLICY);
    const view = (await ask({ type: 'get-settings' })) as SettingsView;
    const draft = { ...draftFromSettings(view), strictMode: true, neverScanDomains: 'home.example' };
    const saved = await ask({ type: 'save-settings', settings: updateFromDraft(draft, view) });
    expect(saved).toMatchObject({
      saved: true,
      settings: { strictMode: true, neverScanDomains: ['home.example'] },
    });
    const row = await storedRow();
    expect(row).not.toContain('org-token-secret');
    expect(row).not.toContain('org-account');
    expect(row).not.toContain('corp.example');

    const changed = { ...draft, accountId: 'mine', token: 'my-token' };
    expect(await ask({ type: 'save-settings', settings: updateFromDraft(changed, view) })).toEqual({
      saved: false,
      errors: { accountId: lockedMessage(), token: lockedMessage() },
    });
  });

  it('keeps the policy’s never-scan domains in force, on top of the person’s', async () => {
    const { settings, ask } = harness(async () => POLICY);
    await ask({ type: 'trust-site', url: 'https://shop.example/' });
    const loaded = await settings.load();
    expect(loaded.settings.neverScanDomains).toEqual(['corp.example']);
    expect(loaded.own.neverScanDomains).toEqual([]);
  });
});

describe('the options form when the policy changes', () => {
  it('shows the new locked values and keeps what the person typed elsewhere', async () => {
    let policy: unknown = { visibility: 'Public' };
    const { ask } = harness(async () => policy);
    const before = (await ask({ type: 'get-settings' })) as SettingsView;
    const typed = { ...draftFromSettings(before), dwellMs: '900' };
    policy = { accountId: 'org-account' };
    const after = (await ask({ type: 'get-settings' })) as SettingsView;
    const draft = draftAfterPolicyChange(typed, before, after);
    expect(draft).toMatchObject({ dwellMs: '900', accountId: 'org-account', visibility: 'Unlisted' });
    expect([...lockedDraftFields(after.managed)]).toEqual(['accountId']);
  });
});
