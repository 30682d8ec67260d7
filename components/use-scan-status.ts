import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VerdictRow } from '../lib/db/rows';
import { sendRequest } from '../lib/messaging/send-request';
import { onVerdictUpdate } from '../lib/messaging/verdict-updates';
import type { ScanStatus } from '../lib/scan/scan-status';
import { normaliseUrl } from '../lib/url/normalise-url';

const TICK_MS = 1_000;

/**
 * Where the page's scan stands, kept current: asked again when its verdict is announced, and every
 * second while it runs, which also ticks `now` for the elapsed time. A 429 changes no verdict and is
 * announced to no one, so only asking shows that the queue waits.
 */
export function useScanStatus(url: string) {
  const [status, setStatus] = useState<ScanStatus>({});
  const [now, setNow] = useState(Date.now);
  const [failure, setFailure] = useState('');
  /** The first answer (or failure) has come: until then the status says nothing either way. */
  const [loaded, setLoaded] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const next = await sendRequest({ type: 'get-scan-status', url });
      setStatus(next);
      setFailure('');
    } catch (error) {
      setFailure((error as Error).message);
    }
    setNow(Date.now());
    setLoaded(true);
  }, [url]);

  useEffect(() => {
    void refresh();
    const target = normaliseUrl(url);
    return onVerdictUpdate((updated) => {
      if (updated === target) void refresh();
    });
  }, [url, refresh]);

  const running = status.verdict?.kind === 'pending' || status.job !== undefined;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), TICK_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  /** Shows the verdict a scan request answered with at once, before the next refresh confirms it. */
  const showVerdict = useCallback((verdict: VerdictRow) => {
    setStatus((current) => ({ ...current, verdict }));
    setNow(Date.now());
  }, []);

  return { status, loaded, now, failure, refresh, showVerdict };
}
