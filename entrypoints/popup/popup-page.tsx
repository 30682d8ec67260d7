import { useCallback, useEffect, useState } from 'preact/hooks';
import { VerdictSummary } from '../../components/verdict-summary';
import type { VerdictRow } from '../../lib/db/rows';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';
import { normaliseUrl } from '../../lib/url/normalise-url';
import { currentTab } from './current-tab';
import { ScanHistory } from './scan-history';

/** The current page's verdict, with a button to scan (or rescan) it. */
export function PopupPage() {
  const [url, setUrl] = useState<string>();
  const [verdict, setVerdict] = useState<VerdictRow>();
  const [message, setMessage] = useState('');

  const refresh = useCallback(async (pageUrl: string) => {
    const [row] = await sendRequest({ type: 'get-verdicts', urls: [pageUrl] });
    setVerdict(row);
  }, []);

  useEffect(() => {
    currentTab().then((tab) => {
      if (!tab?.url) return setMessage('No page to scan here.');
      setUrl(tab.url);
      refresh(tab.url).catch((e: Error) => setMessage(e.message));
    });
  }, [refresh]);

  useEffect(() => {
    if (!url) return;
    const target = normaliseUrl(url);
    return onVerdictUpdate((updated) => {
      if (updated === target) void refresh(url);
    });
  }, [url, refresh]);

  const scan = async () => {
    if (!url) return;
    setMessage('');
    try {
      const rescan = !!verdict && verdict.kind !== 'pending';
      const outcome = await sendRequest({ type: 'scan', url, reason: 'popup-button', rescan });
      if (outcome.status === 'refused') setMessage(outcome.message);
      else setVerdict(outcome.verdict);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  return (
    <main>
      <h1>Scanlink</h1>
      {url && <p class="url">{url}</p>}
      {verdict ? <VerdictSummary verdict={verdict} /> : url && <p>This page has not been scanned yet.</p>}
      {message && <p role="alert">{message}</p>}
      {url && (
        <button type="button" onClick={() => void scan()} disabled={verdict?.kind === 'pending'}>
          {verdict && verdict.kind !== 'pending' ? 'Rescan this page' : 'Scan this page'}
        </button>
      )}
      <ScanHistory />
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
