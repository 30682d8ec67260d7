import { ScanApiError } from '../cloudflare/errors';
import { type ConnectionResult, notConnected } from '../cloudflare/test-connection';
import { t } from '../i18n/translate';
import type { ProviderReport } from '../providers/scan-provider';

// ScanURL has no free call (no account or quota endpoint): the only honest check of a key is a scan.
// example.com is the cheapest one to scan (IANA's reserved, static page, no redirects) and harmless to
// send anywhere. The message says that the check spent a scan, so nobody is surprised by their quota.
export const CONNECTION_CHECK_URL = 'https://example.com/';

export async function testScanUrlConnection(
  scan: (url: string) => Promise<ProviderReport>,
  apiBaseUrl: () => Promise<string>,
): Promise<ConnectionResult> {
  try {
    await scan(CONNECTION_CHECK_URL);
    return { ok: true, message: t('scanners.scanurlConnected', [CONNECTION_CHECK_URL]) };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    const advice: Partial<Record<ScanApiError['kind'], string>> = {
      auth: t('scanners.scanurlAuth'),
      network: t('scanners.checkBaseUrlOf', [await apiBaseUrl()]),
      timeout: t('scanners.slow', ['ScanURL']),
      'rate-limited': t('scanners.tooMany'),
      server: t('scanners.scanurlServer'),
    };
    return { ok: false, message: notConnected(error, advice[error.kind]) };
  }
}
