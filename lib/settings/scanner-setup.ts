import { t } from '../i18n/translate';
import type { Settings } from './settings-schema';

/** Why the chosen scanner cannot be asked yet, in words for the person; undefined when it can. */
export function missingScannerSetup(settings: Settings): string | undefined {
  switch (settings.provider) {
    case 'cloudflare': {
      const { credentials } = settings;
      const signedIn =
        credentials.kind === 'token' ? !!credentials.token : !!credentials.email && !!credentials.key;
      return settings.accountId && signedIn ? undefined : t('settings.notSetUp.cloudflare');
    }
    case 'urlscan':
      return settings.providerKeys.urlscan ? undefined : t('settings.notSetUp.urlscan');
    case 'scanurl':
      return settings.providerKeys.scanurl ? undefined : t('settings.notSetUp.scanurl');
  }
}
