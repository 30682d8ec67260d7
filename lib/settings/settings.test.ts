import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { applySettingsUpdate, redactSettings } from './settings-update';
import { parseStoredSettings } from './stored-settings';

const configured: Settings = {
  ...DEFAULT_SETTINGS,
  accountId: 'acc',
  credentials: { kind: 'token', token: 'secret-token' },
};
const formOf = (s: Settings, patch: Record<string, unknown> = {}) => ({
  ...s,
  credentials: { kind: 'token', token: '' },
  ...patch,
});

describe('settings', () => {
  it('defaults follow the API guide: Unlisted, desktop screenshots, one scan per 10 s, 10 s polls', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      apiBaseUrl: 'https://api.cloudflare.com/client/v4',
      visibility: 'Unlisted',
      screenshotResolutions: ['desktop'],
      scanIntervalMs: 10_000,
      pollInitialDelayMs: 10_000,
      pollIntervalMs: 10_000,
      autoScanOnHover: true,
      autoScanOnVisit: true,
      dwellMs: 500,
    });
  });

  it('resets only the stored values that no longer validate, and says which', () => {
    const loaded = parseStoredSettings({
      ...configured,
      dwellMs: 'slow',
      visibility: 'Private',
      legacyKey: 1,
    });
    expect(loaded.resetKeys.sort()).toEqual(['dwellMs', 'visibility']);
    expect(loaded.settings.dwellMs).toBe(500);
    expect(loaded.settings.visibility).toBe('Unlisted');
    expect(loaded.settings.accountId).toBe('acc');
    expect(loaded.settings).not.toHaveProperty('legacyKey');
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, resetKeys: [] });
  });

  it('keeps the saved token when the form leaves it blank, and replaces it when a new one is given', () => {
    const kept = applySettingsUpdate(configured, formOf(configured));
    expect(kept).toMatchObject({
      ok: true,
      settings: { credentials: { kind: 'token', token: 'secret-token' } },
    });
    const replaced = applySettingsUpdate(
      configured,
      formOf(configured, { credentials: { kind: 'token', token: 'new' } }),
    );
    expect(replaced).toMatchObject({ ok: true, settings: { credentials: { token: 'new' } } });
  });

  it('reports every invalid field at once and saves nothing', () => {
    const result = applySettingsUpdate(
      DEFAULT_SETTINGS,
      formOf(DEFAULT_SETTINGS, {
        accountId: '',
        apiBaseUrl: 'http://api.example.com/client/v4',
        neverScanDomains: ['ok.example', 'https://x.example/path'],
        dwellMs: Number.NaN,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'accountId',
      'apiBaseUrl',
      'dwellMs',
      'neverScanDomains',
      'token',
    ]);
    expect(result.errors.apiBaseUrl).toMatch(/https/);
    expect(result.errors.neverScanDomains).toContain('https://x.example/path');
  });

  it('says a number out of bounds in the unit its field is typed in, not in stored milliseconds', () => {
    const result = applySettingsUpdate(
      DEFAULT_SETTINGS,
      formOf(configured, { scanIntervalMs: 10, cacheTtlMs: Number.NaN, autoScanDailyBudget: 0.5 }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      scanIntervalMs: 'Enter a number of seconds from 0.05 to 3,600.',
      cacheTtlMs: 'Enter a number of hours from 0.1 to 720.',
      autoScanDailyBudget: 'Enter a whole number from 1 to 100,000.',
    });
  });

  it('validates trusted sites like never-scan domains, canonical and deduplicated', () => {
    const ok = applySettingsUpdate(
      configured,
      formOf(configured, { trustedSites: ['Bank.Example', 'bank.example', '', '*.shop.example'] }),
    );
    expect(ok).toMatchObject({ ok: true, settings: { trustedSites: ['bank.example', '*.shop.example'] } });
    const bad = applySettingsUpdate(
      configured,
      formOf(configured, { trustedSites: ['https://a.example/x'] }),
    );
    expect(bad).toMatchObject({
      ok: false,
      errors: { trustedSites: expect.stringContaining('a.example/x') },
    });
  });

  it('allows plain http only to this machine, so the token never crosses a network in clear', () => {
    const local = applySettingsUpdate(
      configured,
      formOf(configured, {
        apiBaseUrl: 'http://127.0.0.1:8787/client/v4/',
        credentials: { kind: 'token', token: 't' },
      }),
    );
    expect(local).toMatchObject({ ok: true, settings: { apiBaseUrl: 'http://127.0.0.1:8787/client/v4' } });
    expect(
      applySettingsUpdate(
        configured,
        formOf(configured, {
          apiBaseUrl: 'http://10.0.0.5/client/v4',
          credentials: { kind: 'token', token: 't' },
        }),
      ).ok,
    ).toBe(false);
  });

  it('does not carry a saved token over to a new API origin', () => {
    const moved = applySettingsUpdate(
      configured,
      formOf(configured, { apiBaseUrl: 'https://proxy.example/client/v4' }),
    );
    expect(moved).toMatchObject({
      ok: false,
      errors: { token: expect.stringContaining('enter the token again') },
    });
  });

  it('requires email and global key for the legacy scheme', () => {
    const result = applySettingsUpdate(
      configured,
      formOf(configured, { credentials: { kind: 'global-key', email: 'nope', key: '' } }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { email: expect.any(String), key: expect.any(String) },
    });
  });

  it('never shows the secrets to extension pages', () => {
    const view = redactSettings(configured);
    expect(JSON.stringify(view)).not.toContain('secret-token');
    expect(view.credentials).toEqual({ kind: 'token', email: '', secretSaved: true });
  });
});
