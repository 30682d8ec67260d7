import { describe, expect, it } from 'vitest';
import { lockedFields, lockedMessage } from './managed-locks';
import { parseManagedPolicy } from './managed-policy';
import { ownSettingsToSave, withManagedSettings } from './managed-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { applySettingsUpdate, redactSettings } from './settings-update';

const own: Settings = {
  ...DEFAULT_SETTINGS,
  accountId: 'my-account',
  credentials: { kind: 'token', token: 'my-token' },
  visibility: 'Unlisted',
  neverScanDomains: ['home.example'],
};

const ORG = {
  provider: 'cloudflare',
  accountId: 'org-account',
  apiToken: 'org-token',
  apiBaseUrl: 'https://proxy.corp.example/client/v4/',
  visibility: 'Public',
  neverScanDomains: ['Intranet.Corp.Example', '*.hr.example'],
};

/** What the options form sends back: the locked values as shown, secrets blank. */
const formOf = (settings: Settings, patch: Record<string, unknown> = {}) => {
  const { credentials: _c, providerKeys: _k, ...rest } = redactSettings(settings);
  return {
    ...rest,
    credentials: { kind: 'token', token: '' },
    providerKeys: { urlscan: '', scanurl: '' },
    ...patch,
  };
};

describe('reading the organisation’s policy', () => {
  it('keeps each valid value, canonical, and reports nothing', () => {
    const policy = parseManagedPolicy(ORG);
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual({
      ...ORG,
      apiBaseUrl: 'https://proxy.corp.example/client/v4',
      neverScanDomains: ['intranet.corp.example', '*.hr.example'],
    });
  });

  it('ignores each bad value on its own, says why, and keeps the rest', () => {
    const policy = parseManagedPolicy({
      accountId: 'org-account',
      apiBaseUrl: 'http://intranet.corp.example/api',
      apiToken: 'two words',
      urlscanApiKey: '',
      provider: 'virustotal',
      visibility: 42,
      neverScanDomains: ['ok.example', 'https://bad.example/path'],
      apiTokne: 'typo',
    });
    expect(policy.values).toEqual({ accountId: 'org-account', neverScanDomains: ['ok.example'] });
    const byKey = Object.fromEntries(policy.problems.map((p) => [p.key, p.message]));
    expect(Object.keys(byKey).sort()).toEqual([
      'apiBaseUrl',
      'apiToken',
      'apiTokne',
      'neverScanDomains',
      'provider',
      'urlscanApiKey',
      'visibility',
    ]);
    expect(byKey.apiBaseUrl).toContain('https://');
    expect(byKey.apiTokne).toBe('Scanlink has no such setting');
    expect(byKey.neverScanDomains).toContain('https://bad.example/path');
    // A secret is never repeated in a message the options page shows.
    expect(JSON.stringify(policy.problems)).not.toContain('two words');
  });

  it('treats anything but an object as no policy at all', () => {
    for (const raw of [undefined, null, 'text', ['a'], 3]) {
      expect(parseManagedPolicy(raw)).toEqual({ values: {}, problems: [] });
    }
  });
});

describe('settings in force under a policy', () => {
  it('takes the policy’s values over the person’s, and adds its never-scan domains to theirs', () => {
    const effective = withManagedSettings(own, parseManagedPolicy(ORG));
    expect(effective).toMatchObject({
      accountId: 'org-account',
      credentials: { kind: 'token', token: 'org-token' },
      apiBaseUrl: 'https://proxy.corp.example/client/v4',
      visibility: 'Public',
      neverScanDomains: ['home.example', 'intranet.corp.example', '*.hr.example'],
    });
  });

  it('sends a managed token only to the policy’s address, or the default one, never one the person typed', () => {
    const elsewhere = { ...own, apiBaseUrl: 'https://mine.example/client/v4' };
    const policy = parseManagedPolicy({ apiToken: 'org-token' });
    expect(withManagedSettings(elsewhere, policy).apiBaseUrl).toBe(DEFAULT_SETTINGS.apiBaseUrl);
    expect(lockedFields(policy).sort()).toEqual(['apiBaseUrl', 'token']);
  });

  it('does not send the person’s own token to an address the policy sets elsewhere', () => {
    const moved = withManagedSettings(own, parseManagedPolicy({ apiBaseUrl: 'https://proxy.corp.example' }));
    expect(moved.credentials).toEqual({ kind: 'token', token: '' });
    const sameOrigin = withManagedSettings(
      own,
      parseManagedPolicy({ apiBaseUrl: 'https://api.cloudflare.com/client/v4/' }),
    );
    expect(sameOrigin.credentials).toEqual(own.credentials);
  });

  it('is the person’s own settings when there is no policy', () => {
    expect(withManagedSettings(own, parseManagedPolicy(undefined))).toEqual(own);
  });
});

describe('saving under a policy', () => {
  it('never stores the policy’s values as the person’s own, so they go when the policy goes', () => {
    const policy = parseManagedPolicy(ORG);
    const next = { ...withManagedSettings(own, policy), strictMode: true };
    const saved = ownSettingsToSave(next, own, policy);
    expect(saved).toEqual({ ...own, strictMode: true });
    expect(JSON.stringify(saved)).not.toContain('org-token');
  });

  it('keeps the person’s own never-scan domains, and only theirs', () => {
    const policy = parseManagedPolicy({ neverScanDomains: ['corp.example'] });
    const typed = { ...withManagedSettings(own, policy), neverScanDomains: ['home.example', 'new.example'] };
    expect(ownSettingsToSave(typed, own, policy).neverScanDomains).toEqual(['home.example', 'new.example']);
    // A save that carries the list in force (trusting a site, say) does not adopt the policy's entries.
    const carried = withManagedSettings(own, policy);
    expect(ownSettingsToSave(carried, own, policy).neverScanDomains).toEqual(['home.example']);
  });

  it('stores a token entered for the policy’s address together with that address', () => {
    const policy = parseManagedPolicy({ apiBaseUrl: 'https://proxy.corp.example/client/v4' });
    const entered = {
      ...withManagedSettings(own, policy),
      credentials: { kind: 'token' as const, token: 'token-for-proxy' },
    };
    const saved = ownSettingsToSave(entered, own, policy);
    expect(saved).toMatchObject({
      apiBaseUrl: 'https://proxy.corp.example/client/v4',
      credentials: { token: 'token-for-proxy' },
    });
    expect(withManagedSettings(saved, policy).credentials).toEqual({
      kind: 'token',
      token: 'token-for-proxy',
    });
  });

  it('changes nothing of a save when there is no policy', () => {
    const next = { ...own, accountId: 'other', neverScanDomains: ['x.example'] };
    expect(ownSettingsToSave(next, own, parseManagedPolicy(undefined))).toEqual(next);
  });
});

describe('the options form under a policy', () => {
  const policy = parseManagedPolicy({ ...ORG, urlscanApiKey: 'org-urlscan-key' });
  const effective = withManagedSettings(own, policy);

  it('saves when the locked fields come back as shown', () => {
    const result = applySettingsUpdate(effective, formOf(effective, { strictMode: true }), policy);
    expect(result).toMatchObject({ ok: true, settings: { strictMode: true, accountId: 'org-account' } });
  });

  it('refuses to change a locked field, with a message for each one', () => {
    const result = applySettingsUpdate(
      effective,
      formOf(effective, {
        accountId: 'mine',
        visibility: 'Unlisted',
        apiBaseUrl: 'https://api.cloudflare.com/client/v4',
        credentials: { kind: 'token', token: 'my-own-token' },
        providerKeys: { urlscan: 'my-urlscan-key', scanurl: '' },
        strictMode: true,
      }),
      policy,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        accountId: lockedMessage(),
        visibility: lockedMessage(),
        apiBaseUrl: lockedMessage(),
        token: lockedMessage(),
        urlscanKey: lockedMessage(),
      },
    });
  });

  it('refuses the legacy sign-in in place of a managed token', () => {
    const result = applySettingsUpdate(
      effective,
      formOf(effective, { credentials: { kind: 'global-key', email: 'me@example.com', key: 'k' } }),
      policy,
    );
    expect(result).toMatchObject({ ok: false, errors: { token: lockedMessage() } });
  });
});
