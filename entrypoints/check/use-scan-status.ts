import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../../lib/messaging/send-request';
import { onVerdictUpdate } from '../../lib/messaging/verdict-updates';
import type { ScanStatus } from '../../lib/scan/scan-status';
import { normaliseUrl } from '../../lib/url/normalise-url';

/** While a scan runs, ask again this often: an announcement can be missed while the worker restarts. */
const RECHECK_MS = 2_000;

/** The scan status of `url`, kept current; `error` says in words why it could not be read. */
export function useScanStatus(url: string | undefined) {
  const [status, setStatus] = useState<ScanStatus>();
  const [error, setError] = useState('');

  useEffect(() => {
    if (!url) return;
    const target = normaliseUrl(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      clearTimeout(timer);
      try {
        const next = await sendRequest({ type: 'get-scan-status', url });
        setStatus(next);
        setError('');
        if (!next.verdict || next.verdict.kind === 'pending') timer = setTimeout(load, RECHECK_MS);
      } catch (e) {
        setError((e as Error).message);
        timer = setTimeout(load, RECHECK_MS);
      }
    };
    void load();
    const stop = onVerdictUpdate((updated) => {
      if (updated === target) void load();
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [url]);

  return { status, error };
}
