import { describe, expect, it } from 'vitest';
import { missingScannerSetup } from './scanner-setup';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { applySettingsUpdate, redactSettings } from './settings-update';

const saved: Settings = {
  ...DEFAULT_SETTINGS,
  accountId: 'acct',
  credentials: { kind: 'token', token: 'cf-token' },
  providerKeys: { urlscan: 'urlscan-key', scanurl: '' },
};

/** What the options form sends: the public settings with the secret fields as typed (blank = keep). */
const form = (patch: Record<string, unknown>) => {
  const { credentials: _c, providerKeys: _k, ...rest } = redactSettings(saved);
  return {
    ...rest,
    credentials: { kind: 'token', token: '' },
    providerKeys: { urlscan: '', scanurl: '' },
    ...patch,
  };
};

describe('choosing a scanner in the settings', () => {
  it('asks only for the chosen scanner’s key, and keeps a saved one when the field is left blank', () => {
    const urlscan = applySettingsUpdate(saved, form({ provider: 'urlscan', accountId: '' }));
    expect(urlscan).toMatchObject({ ok: true, settings: { provider: 'urlscan' } });
    expect(urlscan.ok && urlscan.settings.providerKeys.urlscan).toBe('urlscan-key');

    expect(applySettingsUpdate(saved, form({ provider: 'scanurl' }))).toEqual({
      ok: false,
      errors: { scanurlKey: 'Enter your ScanURL API key' },
    });
    const scanurl = applySettingsUpdate(
      saved,
      form({ provider: 'scanurl', providerKeys: { scanurl: 'k1' } }),
    );
    expect(scanurl.ok && scanurl.settings.providerKeys).toEqual({ urlscan: 'urlscan-key', scanurl: 'k1' });
  });

  it('still asks for the Cloudflare account when Cloudflare is chosen', () => {
    const result = applySettingsUpdate(
      { ...saved, credentials: { kind: 'token', token: '' } },
      form({ provider: 'cloudflare', accountId: '' }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['accountId', 'token']);
  });

  it('never sends a saved key to a new address: changing a scanner’s API URL needs the key again', () => {
    const moved = applySettingsUpdate(
      saved,
      form({ provider: 'urlscan', urlscanApiBaseUrl: 'https://urlscan.elsewhere.example' }),
    );
    expect(moved).toEqual({
      ok: false,
      errors: { urlscanKey: 'The urlscan.io API URL changed: enter the key again for the new address' },
    });
  });

  it('shows pages whether a key is saved, never the key', () => {
    const shown = JSON.stringify(redactSettings(saved));
    expect(shown).not.toContain('urlscan-key');
    expect(redactSettings(saved).providerKeys).toEqual({ urlscan: true, scanurl: false });
  });

  it('refuses a scanner it does not know', () => {
    const result = applySettingsUpdate(saved, form({ provider: 'virustotal' }));
    expect(!result.ok && Object.keys(result.errors)).toContain('provider');
  });
});

describe('whether the chosen scanner is set up', () => {
  it('needs the Cloudflare account and token, or the chosen scanner’s key, and names what is missing', () => {
    expect(missingScannerSetup(saved)).toBeUndefined();
    expect(missingScannerSetup({ ...saved, accountId: '' })).toContain('Cloudflare account ID');
    expect(missingScannerSetup({ ...saved, provider: 'urlscan' })).toBeUndefined();
    expect(missingScannerSetup({ ...saved, provider: 'scanurl' })).toContain('ScanURL API key');
    expect(
      missingScannerSetup({ ...saved, provider: 'urlscan', providerKeys: { urlscan: '', scanurl: 'k' } }),
    ).toContain('urlscan.io API key');
  });
});
