import { createUrlScannerClient } from '../cloudflare/client';
import type { Fetch } from '../cloudflare/http';
import { scanIdSchema } from '../cloudflare/result-schema';
import type { ReportRow } from '../db/rows';
import { t } from '../i18n/translate';
import type { ProviderId } from '../providers/scan-provider';
import type { Settings } from '../settings/settings-schema';
import { fetchUrlscanDom } from '../urlscan/client';
import { z } from '../z';

// The files a scanner keeps beside its report, fetched by the background (the token never reaches a
// page) and handed to the report page as text, which saves them. The DOM is saved as plain text: the
// scanned page's own markup, opened by a double click, would otherwise run as a local web page.

export const reportFileKindSchema = z.enum(['har', 'dom']);
export type ReportFileKind = z.infer<typeof reportFileKindSchema>;

/** Cloudflare keeps the HAR and the DOM of a scan, urlscan.io the DOM only, ScanURL neither. */
export const REPORT_FILES: Record<ProviderId, readonly ReportFileKind[]> = {
  cloudflare: ['har', 'dom'],
  urlscan: ['dom'],
  scanurl: [],
};

const SCANNER_NAMES: Record<ProviderId, string> = {
  cloudflare: 'Cloudflare URL Scanner',
  urlscan: 'urlscan.io',
  scanurl: 'ScanURL',
};

/** A file for the person to save. */
export interface ReportFile {
  fileName: string;
  type: string;
  text: string;
}

export interface ReportFilesDeps {
  /** Which scanner wrote a scan's report, and so holds its files. */
  store: { getReportRow(scanId: string): Promise<ReportRow | undefined> };
  /** Read on every call: the scanners' addresses and keys as they are now. */
  settings: () => Promise<Settings>;
  fetch?: Fetch;
}

export function createReportFiles(deps: ReportFilesDeps) {
  const fetchOption = deps.fetch ? { fetch: deps.fetch } : {};
  const cloudflare = createUrlScannerClient({ access: deps.settings, ...fetchOption });
  const urlscanAccess = async () => {
    const settings = await deps.settings();
    return { apiBaseUrl: settings.urlscanApiBaseUrl, apiKey: settings.providerKeys.urlscan };
  };

  /** The scan's HAR or DOM from the scanner that made it; throws, in words, what stands in the way. */
  return async function reportFile(scanId: string, kind: ReportFileKind): Promise<ReportFile> {
    if (!scanIdSchema.safeParse(scanId).success) throw new Error(t('reportPage.files.notScanId'));
    const row = await deps.store.getReportRow(scanId);
    if (!row) throw new Error(t('reportPage.files.scannerUnknown'));
    if (!REPORT_FILES[row.provider].includes(kind)) {
      throw new Error(t(`reportPage.files.notOffered.${kind}`, [SCANNER_NAMES[row.provider]]));
    }
    if (kind === 'har') {
      const har = await cloudflare.har(scanId);
      return {
        fileName: `scanlink-${scanId}.har`,
        type: 'application/json',
        text: JSON.stringify(har, null, 2),
      };
    }
    const dom =
      row.provider === 'urlscan'
        ? await fetchUrlscanDom({ access: urlscanAccess, ...fetchOption }, scanId)
        : await cloudflare.dom(scanId);
    return { fileName: `scanlink-${scanId}-dom.txt`, type: 'text/plain', text: dom };
  };
}
