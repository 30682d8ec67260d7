import { browser } from 'wxt/browser';
import { t } from '../i18n/translate';

/**
 * Access to every website: the content script (badges, cards, banner), the redirect that stops a
 * known-malicious page, and the requests to the scanner all depend on it. Chrome grants it at install,
 * but a person can withhold it ("Site access: On click"); Firefox (Manifest V3) lets people withdraw it
 * in about:addons, and versions before 127 did not grant it at install at all.
 */
const ALL_SITES = { origins: ['<all_urls>'] };

interface PermissionsApi {
  contains(permissions: typeof ALL_SITES): Promise<boolean>;
  request(permissions: typeof ALL_SITES): Promise<boolean>;
  onAdded: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
  onRemoved: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
}

const permissionsOf = (api: unknown): Partial<PermissionsApi> | undefined =>
  (api as { permissions?: Partial<PermissionsApi> } | undefined)?.permissions;

/** Whether Scanlink may read pages and reach the scanner. A browser without a permissions API cannot withdraw host access, so it has it. */
export async function hasHostAccess(api: unknown = browser): Promise<boolean> {
  const permissions = permissionsOf(api);
  if (typeof permissions?.contains !== 'function') return true;
  return permissions.contains(ALL_SITES);
}

/**
 * Asks the person for access to every website. Call it in the click handler itself, before any `await`:
 * Firefox shows the prompt only while the click (the user gesture) is being handled.
 */
export function requestHostAccess(api: unknown = browser): Promise<boolean> {
  const permissions = permissionsOf(api);
  if (typeof permissions?.request !== 'function') {
    return Promise.reject(new Error(t('hostAccess.cannotAsk')));
  }
  return permissions.request(ALL_SITES);
}

/** Calls `listener` whenever access is granted or withdrawn (here or in the browser's settings); returns the unsubscribe. */
export function onHostAccessChange(listener: () => void, api: unknown = browser): () => void {
  const permissions = permissionsOf(api);
  if (!permissions?.onAdded || !permissions.onRemoved) return () => {};
  permissions.onAdded.addListener(listener);
  permissions.onRemoved.addListener(listener);
  return () => {
    permissions.onAdded?.removeListener(listener);
    permissions.onRemoved?.removeListener(listener);
  };
}
