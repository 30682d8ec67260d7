import { useEffect, useState } from 'preact/hooks';
import { DangerousSiteWarning } from '../../components/dangerous-site-warning';
import { ScreenshotGallery } from '../../components/screenshot-gallery';
import { VerdictSummary } from '../../components/verdict-summary';
import { radarReportUrl } from '../../lib/content/report-link';
import { sendRequest } from '../../lib/messaging/send-request';
import { parseCheckTarget } from '../../lib/navigation/check-target';
import type { ScreenshotView } from '../../lib/report/report-view';
import { jobProgress } from '../../lib/scan/job-progress';
import { goBack } from './go-back';
import { useScanStatus } from './use-scan-status';

/**
 * The extension's own page between a link and its site: holds a clicked link (strict mode) until its
 * verdict is in, and warns about a navigation to a known-malicious URL. It never starts a scan itself:
 * any page can open it.
 */
export function CheckPage() {
  const target = parseCheckTarget(location.search);
  const { status, error } = useScanStatus(target?.url);
  const [screenshots, setScreenshots] = useState<ScreenshotView[]>([]);
  const [now, setNow] = useState(Date.now());
  const [message, setMessage] = useState('');
  const verdict = status?.verdict;
  const scanId = verdict?.scanId;

  useEffect(() => {
    if (!scanId) return;
    sendRequest({ type: 'get-report', scanId }).then(
      (view) => setScreenshots(view.screenshots),
      () => {},
    );
  }, [scanId]);

  const running = !verdict || verdict.kind === 'pending';
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [running]);

  // Held links known to be safe go on at once; the person asked to open them.
  const url = target?.url;
  const passes = target?.mode === 'holding' && verdict?.kind === 'safe';
  useEffect(() => {
    if (passes && url) location.replace(url);
  }, [passes, url]);

  if (!target || !url) {
    return (
      <main class="check">
        <h1>Nothing to check</h1>
        <p>This page was opened without a web address to check.</p>
      </main>
    );
  }

  const openAnyway = async () => {
    try {
      // A malicious URL is stopped by the blocking rules: let it through for this session first.
      if (verdict?.kind === 'malicious' || target.mode === 'blocked') {
        await sendRequest({ type: 'allow-once', url });
      }
      location.replace(url);
    } catch (e) {
      setMessage(`Could not open the page: ${(e as Error).message}`);
    }
  };
  const back = () => void goBack();
  const gallery = screenshots.length > 0 && <ScreenshotGallery screenshots={screenshots} />;
  const messages = (
    <p role="status" class="hint">
      {message || error}
    </p>
  );

  if (target.mode === 'blocked' || verdict?.kind === 'malicious') {
    return (
      <main class="check blocked">
        <DangerousSiteWarning
          url={url}
          verdict={verdict}
          reportUrl={scanId ? radarReportUrl(scanId) : undefined}
          onGoBack={back}
          onContinue={() => void openAnyway()}
        >
          {gallery}
        </DangerousSiteWarning>
        {messages}
      </main>
    );
  }

  return (
    <main class="check">
      <h1>{running ? 'Checking this link before it opens' : 'Scanlink checked this link'}</h1>
      <p class="url">{url}</p>
      {passes && <p role="status">No threats found. Opening the page…</p>}
      {running && (
        <p role="status" aria-live="polite">
          {status?.job
            ? jobProgress(status.job.state, status.job.createdAt, now)
            : 'No scan of this link is under way.'}
        </p>
      )}
      {verdict && !running && <VerdictSummary verdict={verdict} />}
      {gallery}
      {!passes && (
        <div class="actions">
          <button type="button" onClick={back}>
            Go back
          </button>
          <button type="button" class="secondary" onClick={() => void openAnyway()}>
            Open anyway
          </button>
        </div>
      )}
      {messages}
    </main>
  );
}
