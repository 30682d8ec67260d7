import type { ScanRow } from '../db/rows';
import { t } from '../i18n/translate';
import type { ProviderId } from '../providers/scan-provider';
import { urlscanReportUrl } from '../urlscan/provider-report';
import { radarReportUrl } from './radar-link';

/** The provider's own page for a report, for people. */
export interface ReportLink {
  href: string;
  label: string;
}

/**
 * Cloudflare's reports are on Radar and urlscan.io's on its result page (anyone with the id can read
 * public and unlisted ones); ScanURL keeps nothing to link to. Without a stored report the scanner is
 * unknown: the history row's own link, if it is a web address.
 */
export function reportLinkOf(
  provider: ProviderId | undefined,
  scanId: string,
  scan?: ScanRow,
): ReportLink | undefined {
  switch (provider) {
    case 'cloudflare':
      return { href: radarReportUrl(scanId), label: t('report.viewOn', ['Cloudflare Radar']) };
    case 'urlscan':
      return { href: urlscanReportUrl(scanId), label: t('report.viewOn', ['urlscan.io']) };
    case 'scanurl':
      return undefined;
    case undefined:
      return scan?.reportUrl?.startsWith('https://')
        ? { href: scan.reportUrl, label: t('report.view') }
        : undefined;
  }
}
