import type { ComponentChildren } from 'preact';
import type { VerdictRow } from '../lib/db/rows';

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
      <h1 id="warning-heading">Dangerous site ahead</h1>
      <p>Scanlink stopped this page before it loaded: it was reported malicious.</p>
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
          Go back to safety
        </button>
        {reportUrl && (
          <a href={reportUrl} target="_blank" rel="noopener noreferrer">
            View the report
          </a>
        )}
      </div>
      {children}
      <details>
        <summary>Details</summary>
        <p>
          If you understand the risk and trust this address anyway, you can open it. Scanlink will not stop it
          again until you close the browser.
        </p>
        <button type="button" class="danger" onClick={onContinue}>
          Continue to the site anyway
        </button>
      </details>
    </section>
  );
}
