import './report.css';
import type { ComponentChildren } from 'preact';
import { countryLabel, type ReportSummary as Summary } from '../lib/report/report-summary';

const date = (ms: number) => new Date(ms).toLocaleDateString();
const listed = (items: readonly string[] | undefined) =>
  items === undefined ? undefined : items.length > 0 ? items.join(', ') : 'None';

/** One term and its value; left out when the report does not know the value. */
export function Field({ term, children }: { term: string; children: ComponentChildren }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * A Cloudflare or urlscan.io report's main facts, in sections with small headings. Every string here
 * comes from the report, which the scanned site controls: rendered as text by Preact, never as markup.
 */
export function ReportSummary({ summary: s }: { summary: Summary }) {
  const rank = s.radarRank;
  return (
    <div class="report-summary">
      <h3 class="small-heading">Page</h3>
      <dl>
        <Field term="Title">{s.title}</Field>
        <Field term="Final URL">{s.finalUrl}</Field>
        <Field term="Domain">{s.domain}</Field>
        <Field term="Scanned">
          {s.scannedAt === undefined ? undefined : new Date(s.scannedAt).toLocaleString()}
        </Field>
        <Field term="Visibility">{s.visibility}</Field>
      </dl>
      <h3 class="small-heading">Server</h3>
      <dl>
        <Field term="IP address">{s.ip}</Field>
        <Field term="ASN">{[s.asn, s.asnName].filter(Boolean).join(' ') || undefined}</Field>
        <Field term="Country">{s.country && countryLabel(s.country)}</Field>
        <Field term="Server">{s.server}</Field>
        <Field term="TLS certificate">
          {s.tls &&
            [
              `Issued by ${s.tls.issuer}`,
              s.tls.validFrom !== undefined ? `valid from ${date(s.tls.validFrom)}` : '',
              s.tls.validUntil !== undefined ? `until ${date(s.tls.validUntil)}` : '',
              s.tls.validDays !== undefined ? `(${s.tls.validDays} days)` : '',
            ]
              .filter(Boolean)
              .join(' ')}
        </Field>
      </dl>
      <h3 class="small-heading">Findings</h3>
      <dl>
        <Field term="Categories">{listed(s.categories)}</Field>
        <Field term="Phishing">{listed(s.phishing)}</Field>
        <Field term="Brands">{s.brands && s.brands.length > 0 ? listed(s.brands) : undefined}</Field>
        <Field term="Score">
          {s.score === undefined ? undefined : `${s.score} (from −100 legitimate to 100 malicious)`}
        </Field>
        <Field term="Radar rank">
          {rank &&
            (rank.rank !== undefined ? `#${rank.rank.toLocaleString('en')}` : `Not ranked (${rank.bucket})`)}
        </Field>
        <Field term="Technologies">{listed(s.technologies)}</Field>
      </dl>
      {s.redirectChain && s.redirectChain.length > 1 && (
        <>
          <h3 class="small-heading">Redirects</h3>
          <ol class="redirect-chain" aria-label="Redirect chain">
            {s.redirectChain.map((url, index) => (
              // Keyed by position: a chain may pass one address twice.
              <li key={index}>{url}</li>
            ))}
          </ol>
        </>
      )}
      <h3 class="small-heading">Page load</h3>
      <dl class="report-counts">
        <Field term="Requests">{s.counts.requests}</Field>
        <Field term="Domains">{s.counts.domains}</Field>
        <Field term="Cookies">{s.counts.cookies}</Field>
        <Field term="Console errors">{s.counts.consoleErrors}</Field>
      </dl>
      {s.consoleErrors.length > 0 && (
        <ul class="console-errors" aria-label="Console errors">
          {s.consoleErrors.slice(0, 5).map((message, index) => (
            // Keyed by position: a page may log the same message twice.
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
