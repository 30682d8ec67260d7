import { useEffect, useState } from 'preact/hooks';
import { AutoScanPause } from '../../components/auto-scan-pause';
import { sendRequest } from '../../lib/messaging/send-request';
import type { BudgetView } from '../../lib/scan/auto-scan-budget';

/** Today's automatic-scan budget for the current tab: shown only when it pauses automatic scans. */
export function AutoScans({ tabId }: { tabId: number | undefined }) {
  const [view, setView] = useState<BudgetView>();
  const [failure, setFailure] = useState('');
  const ask = (type: 'get-auto-scan-budget' | 'resume-auto-scans') =>
    sendRequest({ type, ...(tabId === undefined ? {} : { tabId }) }).then(setView, (e: Error) =>
      setFailure(e.message),
    );

  useEffect(() => {
    void ask('get-auto-scan-budget');
  }, [tabId]);

  if (failure) return <p role="alert">{failure}</p>;
  return view ? <AutoScanPause view={view} onResume={() => void ask('resume-auto-scans')} /> : null;
}
