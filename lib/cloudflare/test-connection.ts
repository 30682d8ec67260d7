import { t } from '../i18n/translate';
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
    return { ok: true, message: t('scanners.cloudflareConnected', [access.accountId]) };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    const advice: Partial<Record<ScanApiError['kind'], string>> = {
      auth: t('scanners.cloudflareAuth'),
      network: t('scanners.checkBaseUrlOf', [access.apiBaseUrl]),
      timeout: t('scanners.slow', [t('errors.theApi')]),
      'rate-limited': t('scanners.tooMany'),
    };
    return { ok: false, message: notConnected(error, advice[error.kind]) };
  }
}

/** Why a connection test failed, and what to do about it when there is advice. */
export function notConnected(error: Error, advice: string | undefined): string {
  const failed = t('scanners.notConnected', [error.message]);
  return advice ? `${failed} ${advice}` : failed;
}
