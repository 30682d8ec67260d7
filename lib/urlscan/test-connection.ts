import { ScanApiError } from '../cloudflare/errors';
import type { ConnectionResult } from '../cloudflare/test-connection';
import type { UrlscanRequests } from './request';
import { quotasSchema } from './schemas';

const ADVICE: Partial<Record<ScanApiError['kind'], string>> = {
  auth: 'Check the API key (urlscan.io › Settings & API).',
  network: 'Check the API base URL and your connection.',
  timeout: 'urlscan.io is slow right now; try again in a minute.',
  'rate-limited': 'Too many requests right now; try again in a minute.',
};

/**
 * Checks the key with the quotas endpoint: it costs no scan or search quota. An answer scoped to the
 * caller's IP address means the key was not applied, which is not a working setup.
 */
export async function testUrlscanConnection(requests: UrlscanRequests): Promise<ConnectionResult> {
  try {
    const quotas = await requests.json(quotasSchema, 'GET', '/api/v1/quotas');
    if (quotas.scope === 'ip-address') {
      return { ok: false, message: 'Not connected: urlscan.io did not apply the API key. Check the key.' };
    }
    const left = (['public', 'unlisted', 'private'] as const).flatMap((kind) => {
      const remaining = quotas.limits?.[kind]?.day?.remaining;
      return remaining === undefined ? [] : [`${remaining} ${kind}`];
    });
    const quota = left.length > 0 ? ` Scans left today: ${left.join(', ')}.` : '';
    return { ok: true, message: `Connected: urlscan.io accepted this API key.${quota}` };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    return {
      ok: false,
      message: [`Not connected: ${error.message}.`, ADVICE[error.kind]].filter(Boolean).join(' '),
    };
  }
}
