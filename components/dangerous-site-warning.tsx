import type { ComponentChildren } from 'preact';
import type { VerdictRow } from '../lib/db/rows';
import { t } from '../lib/i18n/translate';

interface DangerousSiteWarningProps {
  url: string;
  verdict: VerdictRow | undefined;
  reportUrl: string | undefined;
  onGoBack: () => void;
  onContinue: () => void;
  children?: ComponentChildren;
}

/**
 * The full-page warning for a known-malicious page, like a browser's own phishing interstitial: going
 * back is the obvious action; continuing sits behind a disclosure, so it takes a deliberate choice.
 */
export function DangerousSiteWarning(props: DangerousSiteWarningProps) {
  const { url, verdict, reportUrl, onGoBack, onContinue, children } = props;
  return (
    <section class="warning" role="alert" aria-labelledby="warning-heading">
      <h1 id="warning-heading">{t('check.warning.heading')}</h1>
      <p>{t('check.warning.stopped')}</p>
      <p class="url">{url}</p>
      {verdict && verdict.reasons.length > 0 && (
        <ul>
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onGoBack}>
          {t('check.warning.goBack')}
        </button>
        {reportUrl && (
          <a href={reportUrl} target="_blank" rel="noopener noreferrer">
            {t('check.warning.viewReport')}
          </a>
        )}
      </div>
      {children}
      <details>
        <summary>{t('check.warning.details')}</summary>
        <p>{t('check.warning.risk')}</p>
        <button type="button" class="danger" onClick={onContinue}>
          {t('check.warning.continue')}
        </button>
      </details>
    </section>
  );
}
