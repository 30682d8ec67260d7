import { useEffect, useState } from 'preact/hooks';
import { DangerousSiteWarning } from '../../components/dangerous-site-warning';
import { ScanProgress } from '../../components/scan-progress';
import { ScreenshotGallery } from '../../components/screenshot-gallery';
import { useReportView } from '../../components/use-report-view';
import { useScanStatus } from '../../components/use-scan-status';
import { VerdictSummary } from '../../components/verdict-summary';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/send-request';
import { type CheckTarget, parseCheckTarget } from '../../lib/navigation/check-target';
import { goBack } from './go-back';

/**
 * The extension's own page between a link and its site: holds a clicked link (strict mode) until its
 * verdict is in, and warns about a navigation to a known-malicious URL. It never starts a scan itself:
 * any page can open it.
 */
export function CheckPage() {
  const target = parseCheckTarget(location.search);
  if (!target) {
    return (
      <main class="check">
        <h1>{t('check.nothingHeading')}</h1>
        <p>{t('check.nothingText')}</p>
      </main>
    );
  }
  return <CheckTargetPage target={target} />;
}

function CheckTargetPage({ target }: { target: CheckTarget }) {
  const { url } = target;
  const { status, loaded, now, failure } = useScanStatus(url);
  const [message, setMessage] = useState('');
  const [openedAt] = useState(Date.now);
  const verdict = status.verdict;
  const running = !verdict || verdict.kind === 'pending';
  const scanId = running ? undefined : verdict.scanId;
  const { view } = useReportView(scanId);

  // Held links known to be safe go on at once: the person asked to open them.
  const passes = target.mode === 'holding' && verdict?.kind === 'safe';
  useEffect(() => {
    if (passes) location.replace(url);
  }, [passes, url]);

  const openAnyway = async () => {
    try {
      // A malicious URL is stopped by the blocking rules: let it through for this session first.
      if (verdict?.kind === 'malicious' || status.stopped) {
        await sendRequest({ type: 'allow-for-session', url });
      }
      location.replace(url);
    } catch (e) {
      setMessage(t('check.openFailed', [(e as Error).message]));
    }
  };
  const back = () => void goBack();
  if (!loaded) {
    return (
      <main class="check">
        <p role="status">{t('check.loading')}</p>
      </main>
    );
  }
  const gallery = view && view.screenshots.length > 0 && <ScreenshotGallery screenshots={view.screenshots} />;
  const messages = (
    <p role="status" class="hint">
      {message || failure}
    </p>
  );

  // The address is untrusted (any page can open this one): warn only about what Scanlink found itself.
  if (verdict?.kind === 'malicious' || (target.mode === 'blocked' && status.stopped)) {
    return (
      <main class="check blocked">
        <DangerousSiteWarning
          url={url}
          verdict={verdict}
          reportUrl={view?.reportLink?.href}
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
      <h1>{heading(target, running, status.stopped)}</h1>
      <p class="url">{url}</p>
      {passes && <p role="status">{t('check.opening')}</p>}
      {running &&
        (status.job || verdict ? (
          <ScanProgress status={status} startedAt={verdict?.checkedAt ?? openedAt} now={now} />
        ) : (
          <p>{t('check.noScan')}</p>
        ))}
      {verdict && !running && <VerdictSummary verdict={verdict} />}
      {gallery}
      {!passes && (
        <div class="actions">
          <button type="button" onClick={back}>
            {t('check.goBack')}
          </button>
          <button type="button" class="secondary" onClick={() => void openAnyway()}>
            {t('check.openAnyway')}
          </button>
        </div>
      )}
      {messages}
    </main>
  );
}

function heading(target: CheckTarget, running: boolean, stopped: boolean | undefined): string {
  if (target.mode === 'blocked' && !stopped) return t('check.noWarning');
  return running ? t('check.holding') : t('check.checked');
}
