import { formatNumber } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';
import { yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

type Redirect = NonNullable<ScanUrlSummary['redirect']>;

/** Where the link led: the first and last address, the hop counts, and every step in order. */
export function ScanUrlRedirects({ redirect: r }: { redirect: Redirect }) {
  return (
    <ScanUrlSection heading={t('report.redirects')}>
      <dl>
        <Field term={t('report.scanurl.initialUrl')}>{r.initialUrl}</Field>
        <Field term={t('report.finalUrl')}>{r.finalUrl}</Field>
        <Field term={t('report.redirects')}>
          {r.count === undefined ? undefined : formatNumber(r.count)}
        </Field>
        <Field term={t('report.scanurl.scriptNavigations')}>
          {r.scriptNavigations === undefined ? undefined : formatNumber(r.scriptNavigations)}
        </Field>
        <Field term={t('report.scanurl.tooManyRedirects')}>{yesNo(r.limitExceeded)}</Field>
      </dl>
      {r.chain.length > 0 && (
        <ol class="redirect-chain" aria-label={t('report.redirectChain')}>
          {r.chain.map((url) => (
            // The chain is deduplicated: each address appears once.
            <li key={url}>{url}</li>
          ))}
        </ol>
      )}
    </ScanUrlSection>
  );
}
