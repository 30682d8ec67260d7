import type { Settings } from './settings-schema';

/** Why the chosen scanner cannot be asked yet, in words for the person; undefined when it can. */
export function missingScannerSetup(settings: Settings): string | undefined {
  switch (settings.provider) {
    case 'cloudflare': {
      const { credentials } = settings;
      const signedIn =
        credentials.kind === 'token' ? !!credentials.token : !!credentials.email && !!credentials.key;
      return settings.accountId && signedIn
        ? undefined
        : 'Scanlink is not set up yet: add your Cloudflare account ID and API token in the options.';
    }
    case 'urlscan':
      return settings.providerKeys.urlscan
        ? undefined
        : 'Scanlink is not set up yet: add your urlscan.io API key in the options.';
    case 'scanurl':
      return settings.providerKeys.scanurl
        ? undefined
        : 'Scanlink is not set up yet: add your ScanURL API key in the options.';
  }
}
