import { type ApiAccess, createUrlScannerClient } from './client';
import { ScanApiError } from './errors';
import type { Fetch } from './http';

export interface ConnectionResult {
  ok: boolean;
  message: string;
}

/** Checks credentials with the cheapest call the token's permission allows (a one-row search). */
export async function testConnection(access: ApiAccess, fetchImpl?: Fetch): Promise<ConnectionResult> {
  const client = createUrlScannerClient({ access: () => access, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  try {
    await client.search('apikey:me', 1);
    return {
      ok: true,
      message: `Connected: the URL Scanner API accepted these credentials for account ${access.accountId}.`,
    };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    const advice: Partial<Record<ScanApiError['kind'], string>> = {
      auth: 'Check the account ID and that the token has the Account › URL Scanner › Edit permission.',
      network: `Check the API base URL (${access.apiBaseUrl}) and your connection.`,
      timeout: 'The API is slow right now; try again in a minute.',
      'rate-limited': 'Too many requests right now; try again in a minute.',
    };
    return {
      ok: false,
      message: [`Not connected: ${error.message}.`, advice[error.kind]].filter(Boolean).join(' '),
    };
  }
}
