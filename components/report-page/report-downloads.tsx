import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/send-request';
import type { ProviderId } from '../../lib/providers/scan-provider';
import type { ReportFileKind } from '../../lib/report/report-files';
import { saveFile } from '../save-file';

const SCANNER_NAMES: Record<ProviderId, string> = {
  cloudflare: 'Cloudflare',
  urlscan: 'urlscan.io',
  scanurl: 'ScanURL',
};
const KINDS: readonly ReportFileKind[] = ['har', 'dom'];

/** What is said of the files a scanner does not keep: one sentence for one of them, or both. */
function notOffered(provider: ProviderId, missing: readonly ReportFileKind[]): string {
  const scanner = SCANNER_NAMES[provider];
  const [only] = missing;
  return missing.length === 1 && only
    ? t(`reportPage.downloads.${only}.notOffered`, [scanner])
    : t('reportPage.downloads.notOfferedEither', [scanner]);
}

interface ReportDownloadsProps {
  scanId: string;
  provider: ProviderId | undefined;
  /** The files this scan's scanner offers. */
  files: readonly ReportFileKind[];
}

/**
 * The HAR and the DOM, fetched from the scanner by the background (the token stays there) and saved from
 * a Blob. A file the scanner does not keep is said plainly rather than offered.
 */
export function ReportDownloads({ scanId, provider, files }: ReportDownloadsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<ReportFileKind>();

  const download = async (kind: ReportFileKind) => {
    setBusy(kind);
    setStatus(t(`reportPage.downloads.${kind}.fetching`));
    try {
      const file = await sendRequest({ type: 'get-report-file', scanId, kind });
      saveFile(file.fileName, file.type, file.text);
      setStatus(t('reportPage.downloads.saved', [file.fileName]));
    } catch (error) {
      setStatus(t(`reportPage.downloads.${kind}.failed`, [(error as Error).message]));
    } finally {
      setBusy(undefined);
    }
  };

  const missing = KINDS.filter((kind) => !files.includes(kind));
  return (
    <section class="report-downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('reportPage.downloads.heading')}</h2>
      {files.length > 0 && (
        <div class="actions">
          {files.map((kind) => (
            <button
              key={kind}
              type="button"
              disabled={busy !== undefined}
              onClick={() => void download(kind)}
            >
              {t(`reportPage.downloads.${kind}.button`)}
            </button>
          ))}
        </div>
      )}
      {missing.length > 0 && (
        <p class="hint">{provider ? notOffered(provider, missing) : t('reportPage.downloads.noReport')}</p>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
