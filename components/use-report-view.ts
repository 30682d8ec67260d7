import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../lib/messaging/send-request';
import type { ReportView } from '../lib/report/report-view';

export interface LoadedReport {
  view?: ReportView;
  failure?: string;
}

/** The stored report and screenshots of a scan, loaded from the background when the scan id changes. */
export function useReportView(scanId: string | undefined): LoadedReport {
  const [loaded, setLoaded] = useState<LoadedReport>({});
  useEffect(() => {
    setLoaded({});
    if (!scanId) return;
    let current = true;
    sendRequest({ type: 'get-report', scanId }).then(
      (view) => current && setLoaded({ view }),
      (error: Error) => current && setLoaded({ failure: error.message }),
    );
    // A reply for a scan no longer shown must not replace the one that is.
    return () => {
      current = false;
    };
  }, [scanId]);
  return loaded;
}
