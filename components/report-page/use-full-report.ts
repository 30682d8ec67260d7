import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../../lib/messaging/send-request';
import type { FullReportView } from '../../lib/report/full-report';

export interface LoadedFullReport {
  view?: FullReportView;
  failure?: string;
}

/** A stored scan's full report, loaded from the background once. */
export function useFullReport(scanId: string | undefined): LoadedFullReport {
  const [loaded, setLoaded] = useState<LoadedFullReport>({});
  useEffect(() => {
    if (!scanId) return;
    sendRequest({ type: 'get-full-report', scanId }).then(
      (view) => setLoaded({ view }),
      (error: Error) => setLoaded({ failure: error.message }),
    );
  }, [scanId]);
  return loaded;
}
