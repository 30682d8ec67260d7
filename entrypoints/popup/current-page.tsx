import { useState } from 'preact/hooks';
import { ScanProblem } from '../../components/scan-problem';
import { ScanProgress } from '../../components/scan-progress';
import { useReportView } from '../../components/use-report-view';
import { useScanStatus } from '../../components/use-scan-status';
import { VerdictSummary } from '../../components/verdict-summary';
import { VisibilityChoice, VisibilityMismatchNotice } from '../../components/visibility-choice';
import type { ApiErrorInfo } from '../../lib/db/rows';
import { t } from '../../lib/i18n/translate';
import { sendRequest } from '../../lib/messaging/send-request';
import { ReportSection } from './report-section';

/** Refusals the options can fix: no credentials yet, or credentials the API rejected. */
const FIXED_IN_OPTIONS: ReadonlySet<string> = new Set(['not-configured', 'credentials-rejected']);

interface CurrentPageProps {
  url: string;
  onOpenOptions: () => void;
}

/** The current tab's verdict, its scan while it runs, what went wrong, and its report. */
export function CurrentPage({ url, onOpenOptions }: CurrentPageProps) {
  const { status, now, failure, refresh, showVerdict } = useScanStatus(url);
  const [refusal, setRefusal] = useState<{ message: string; offerOptions: boolean }>();
  const verdict = status.verdict;
  const pending = verdict?.kind === 'pending';
  const finishedScanId = pending ? undefined : verdict?.scanId;
  const report = useReportView(finishedScanId);
  // A failed scan, or credentials rejected since: both stop every scan, so both are worth saying.
  const problem: ApiErrorInfo | undefined =
    verdict?.kind === 'error'
      ? (verdict.error ?? { kind: 'unknown', message: verdict.reasons.join(' ') })
      : status.authRejected;

  const ask = async (request: Parameters<typeof sendRequest>[0]) => {
    setRefusal(undefined);
    try {
      await sendRequest(request);
    } catch (error) {
      setRefusal({ message: (error as Error).message, offerOptions: false });
    }
    await refresh();
  };

  const scan = async () => {
    setRefusal(undefined);
    try {
      const rescan = !!verdict && !pending;
      const outcome = await sendRequest({ type: 'scan', url, reason: 'popup-button', rescan });
      if (outcome.status === 'refused') {
        setRefusal({ message: outcome.message, offerOptions: FIXED_IN_OPTIONS.has(outcome.refusal) });
      } else showVerdict(outcome.verdict);
      await refresh();
    } catch (error) {
      setRefusal({ message: (error as Error).message, offerOptions: false });
    }
  };

  return (
    <>
      <p class="url">{url}</p>
      {verdict && verdict.kind !== 'error' && <VerdictSummary verdict={verdict} />}
      {!verdict && <p>{t('popup.notScanned')}</p>}
      {status.visibilityRefused && (
        <VisibilityChoice
          refused={status.visibilityRefused}
          onChoose={(choice) => void ask({ type: 'choose-scan-visibility', choice })}
        />
      )}
      {status.visibilityMismatch && (
        <VisibilityMismatchNotice
          mismatch={status.visibilityMismatch}
          onResume={() => void ask({ type: 'dismiss-visibility-mismatch' })}
        />
      )}
      {problem && <ScanProblem error={problem} onOpenOptions={onOpenOptions} />}
      {pending && <ScanProgress status={status} startedAt={verdict.checkedAt} now={now} />}
      {(refusal || failure) && (
        <div role="alert" class="refusal">
          <p>{refusal?.message ?? failure}</p>
          {refusal?.offerOptions && (
            <button type="button" onClick={onOpenOptions}>
              {t('common.openOptions')}
            </button>
          )}
        </div>
      )}
      <button type="button" onClick={() => void scan()} disabled={pending}>
        {verdict && !pending ? t('popup.rescan') : t('popup.scan')}
      </button>
      {finishedScanId && <ReportSection loaded={report} />}
    </>
  );
}
