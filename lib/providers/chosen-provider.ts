import { createUrlScannerClient } from '../cloudflare/client';
import { createCloudflareProvider } from '../cloudflare/provider';
import { createScanUrlProvider } from '../scanurl/client';
import type { Settings } from '../settings/settings-schema';
import { createUrlscanProvider } from '../urlscan/client';
import type { ProviderId, ScanProvider, SubmitOptions } from './scan-provider';

type SettingsSource = () => Promise<Settings> | Settings;

/** Every scanner, each reading its address and key from the settings on every call. */
export function createProviders(settings: SettingsSource): Record<ProviderId, ScanProvider> {
  const read = async () => settings();
  return {
    cloudflare: createCloudflareProvider(createUrlScannerClient({ access: read }), read),
    urlscan: createUrlscanProvider({
      access: async () => {
        const s = await read();
        return { apiBaseUrl: s.urlscanApiBaseUrl, apiKey: s.providerKeys.urlscan };
      },
    }),
    scanurl: createScanUrlProvider({
      access: async () => {
        const s = await read();
        return { apiBaseUrl: s.scanurlApiBaseUrl, apiKey: s.providerKeys.scanurl };
      },
    }),
  };
}

/** The scanner given settings choose (each reads its own access anew on every call). */
export function chosenProvider(settings: SettingsSource): (current: Settings) => ScanProvider {
  const providers = createProviders(settings);
  return (current) => providers[current.provider];
}

/** What a submission asks of the chosen scanner, in its own terms (visibility names differ). */
export function submitOptionsFor(provider: ProviderId, settings: Settings): SubmitOptions {
  return {
    visibility: provider === 'urlscan' ? settings.urlscanVisibility : settings.visibility,
    screenshotsResolutions: settings.screenshotResolutions,
    customHeaders: settings.customHeaders,
    userAgent: settings.userAgent,
    referer: settings.referer,
  };
}

/** The setting that makes the chosen scanner's scans Public, where it has a visibility at all. */
export function publicVisibilityFor(
  provider: ProviderId,
): { key: 'visibility' | 'urlscanVisibility'; settings: Partial<Settings> } | undefined {
  if (provider === 'cloudflare') return { key: 'visibility', settings: { visibility: 'Public' } };
  if (provider === 'urlscan') return { key: 'urlscanVisibility', settings: { urlscanVisibility: 'public' } };
  return undefined;
}
