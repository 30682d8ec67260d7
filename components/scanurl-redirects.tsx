import { yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

type Redirect = NonNullable<ScanUrlSummary['redirect']>;

/** Where the link led: the first and last address, the hop counts, and every step in order. */
export function ScanUrlRedirects({ redirect: r }: { redirect: Redirect }) {
  return (
    <ScanUrlSection heading="Redirects">
      <dl>
        <Field term="Initial URL">{r.initialUrl}</Field>
        <Field term="Final URL">{r.finalUrl}</Field>
        <Field term="Redirects">{r.count}</Field>
        <Field term="Script navigations">{r.scriptNavigations}</Field>
        <Field term="Too many redirects">{yesNo(r.limitExceeded)}</Field>
      </dl>
      {r.chain.length > 0 && (
        <ol class="redirect-chain" aria-label="Redirect chain">
          {r.chain.map((url) => (
            // The chain is deduplicated: each address appears once.
            <li key={url}>{url}</li>
          ))}
        </ol>
      )}
    </ScanUrlSection>
  );
}
