import { describe, expect, it, vi } from 'vitest';
import { hasHostAccess, onHostAccessChange, requestHostAccess } from './host-access';

const ALL_SITES = { origins: ['<all_urls>'] };

function fakePermissions(granted: boolean, answer = true) {
  const listeners = new Set<() => void>();
  const event = {
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
  };
  const permissions = {
    contains: vi.fn(async () => granted),
    request: vi.fn(async () => {
      granted ||= answer;
      if (answer) for (const listener of listeners) listener();
      return answer;
    }),
    onAdded: event,
    onRemoved: event,
  };
  return { api: { permissions }, permissions, listeners };
}

describe('access to every website', () => {
  it('asks the browser about all sites', async () => {
    const { api, permissions } = fakePermissions(false);
    expect(await hasHostAccess(api)).toBe(false);
    expect(permissions.contains).toHaveBeenCalledWith(ALL_SITES);
    expect(await hasHostAccess(fakePermissions(true).api)).toBe(true);
  });

  it('counts as granted where there is no permissions API (access cannot be withdrawn there)', async () => {
    expect(await hasHostAccess({})).toBe(true);
  });

  it('requests all sites and tells the listeners once granted', async () => {
    const { api, permissions } = fakePermissions(false);
    const changed = vi.fn();
    const stop = onHostAccessChange(changed, api);
    expect(await requestHostAccess(api)).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith(ALL_SITES);
    expect(changed).toHaveBeenCalled();
    expect(await hasHostAccess(api)).toBe(true);
    stop();
  });

  it('says so when the person declines', async () => {
    const { api } = fakePermissions(false, false);
    expect(await requestHostAccess(api)).toBe(false);
    expect(await hasHostAccess(api)).toBe(false);
  });

  it('rejects in words where access cannot be requested', async () => {
    await expect(requestHostAccess({})).rejects.toThrow('cannot grant access to websites');
  });

  it('stops listening when unsubscribed', () => {
    const { api, listeners } = fakePermissions(false);
    const stop = onHostAccessChange(() => {}, api);
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
    expect(onHostAccessChange(() => {}, {})).toBeTypeOf('function');
  });
});
