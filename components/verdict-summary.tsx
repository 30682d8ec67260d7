import type { VerdictRow } from '../lib/db/rows';

const HEADLINE: Record<VerdictRow['kind'], string> = {
  malicious: 'Malicious',
  suspicious: 'Suspicious',
  safe: 'No threats found',
  unknown: 'Unknown: the scan could not judge this page',
  pending: 'Scanning…',
  error: 'The scan failed',
};

/** A verdict in words. Every string here may come from a scan report: rendered as text only. */
export function VerdictSummary({ verdict }: { verdict: VerdictRow }) {
  return (
    <section class={`verdict verdict-${verdict.kind}`} aria-live="polite">
      <h2>{HEADLINE[verdict.kind]}</h2>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {verdict.finalUrl && verdict.finalUrl !== verdict.url && <p>Lands on: {verdict.finalUrl}</p>}
      {verdict.kind !== 'pending' && (
        <p class="hint">Checked {new Date(verdict.checkedAt).toLocaleString()}</p>
      )}
    </section>
  );
}
