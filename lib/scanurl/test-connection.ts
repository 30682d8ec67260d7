import { ScanApiError } from '../cloudflare/errors';
import type { ConnectionResult } from '../cloudflare/test-connection';
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
    return {
      ok: true,
      message: `Connected: ScanURL accepted this API key. The check scanned ${CONNECTION_CHECK_URL}, which used one scan of your quota.`,
    };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    const advice: Partial<Record<ScanApiError['kind'], string>> = {
      auth: 'Check the API key in your ScanURL dashboard.',
      network: `Check the API base URL (${await apiBaseUrl()}) and your connection.`,
      timeout: 'ScanURL is slow right now; try again in a minute.',
      'rate-limited': 'Too many requests right now; try again in a minute.',
      server: 'ScanURL had a problem on its side; try again later.',
    };
    return {
      ok: false,
      message: [`Not connected: ${error.message}.`, advice[error.kind]].filter(Boolean).join(' '),
    };
  }
}
