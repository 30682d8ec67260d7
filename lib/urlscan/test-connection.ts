import { ScanApiError } from '../cloudflare/errors';
import { type ConnectionResult, notConnected } from '../cloudflare/test-connection';
import { t } from '../i18n/translate';
import type { UrlscanRequests } from './request';
import { quotasSchema } from './schemas';

function advice(kind: ScanApiError['kind']): string | undefined {
  switch (kind) {
    case 'auth':
      return t('scanners.urlscanAuth');
    case 'network':
      return t('scanners.checkBaseUrl');
    case 'timeout':
      return t('scanners.slow', ['urlscan.io']);
    case 'rate-limited':
      return t('scanners.tooMany');
    default:
      return undefined;
  }
}

/** "50 public": one visibility's scans left today. */
function scansLeft(kind: 'public' | 'unlisted' | 'private', remaining: number): string {
  const count = String(remaining);
  if (kind === 'public') return t('scanners.quota.public', [count]);
  return kind === 'unlisted' ? t('scanners.quota.unlisted', [count]) : t('scanners.quota.private', [count]);
}

/**
 * Checks the key with the quotas endpoint: it costs no scan or search quota. An answer scoped to the
 * caller's IP address means the key was not applied, which is not a working setup.
 */
export async function testUrlscanConnection(requests: UrlscanRequests): Promise<ConnectionResult> {
  try {
    const quotas = await requests.json(quotasSchema, 'GET', '/api/v1/quotas');
    if (quotas.scope === 'ip-address') {
      return { ok: false, message: t('scanners.urlscanKeyNotApplied') };
    }
    const left = (['public', 'unlisted', 'private'] as const).flatMap((kind) => {
      const remaining = quotas.limits?.[kind]?.day?.remaining;
      return remaining === undefined ? [] : [scansLeft(kind, remaining)];
    });
    const connected = t('scanners.urlscanConnected');
    const quota = left.length > 0 ? ` ${t('scanners.quotaLeft', [left.join(', ')])}` : '';
    return { ok: true, message: `${connected}${quota}` };
  } catch (error) {
    if (!(error instanceof ScanApiError)) throw error;
    return { ok: false, message: notConnected(error, advice(error.kind)) };
  }
}
