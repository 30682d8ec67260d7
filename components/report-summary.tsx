import './report.css';
import type { ComponentChildren } from 'preact';
import { formatDateTime, formatNumber } from '../lib/i18n/locale-format';
import { t } from '../lib/i18n/translate';
import { tlsCertificate } from '../lib/report/report-format';
import { countryLabel, type ReportSummary as Summary } from '../lib/report/report-summary';

const listed = (items: readonly string[] | undefined) =>
  items === undefined ? undefined : items.length > 0 ? items.join(', ') : t('report.none');

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
      <h3 class="small-heading">{t('report.page')}</h3>
      <dl>
        <Field term={t('report.title')}>{s.title}</Field>
        <Field term={t('report.finalUrl')}>{s.finalUrl}</Field>
        <Field term={t('report.domain')}>{s.domain}</Field>
        <Field term={t('report.scanned')}>
          {s.scannedAt === undefined ? undefined : formatDateTime(s.scannedAt)}
        </Field>
        <Field term={t('report.visibility')}>{s.visibility}</Field>
      </dl>
      <h3 class="small-heading">{t('report.server')}</h3>
      <dl>
        <Field term={t('report.ip')}>{s.ip}</Field>
        <Field term={t('report.asn')}>{[s.asn, s.asnName].filter(Boolean).join(' ') || undefined}</Field>
        <Field term={t('report.country')}>{s.country && countryLabel(s.country)}</Field>
        <Field term={t('report.server')}>{s.server}</Field>
        <Field term={t('report.tls')}>{s.tls && tlsCertificate(s.tls)}</Field>
      </dl>
      <h3 class="small-heading">{t('report.findings')}</h3>
      <dl>
        <Field term={t('report.categories')}>{listed(s.categories)}</Field>
        <Field term={t('report.phishing')}>{listed(s.phishing)}</Field>
        <Field term={t('report.brands')}>
          {s.brands && s.brands.length > 0 ? listed(s.brands) : undefined}
        </Field>
        <Field term={t('report.score')}>
          {s.score === undefined ? undefined : t('report.scoreRange', [formatNumber(s.score)])}
        </Field>
        <Field term={t('report.radarRank')}>
          {rank &&
            (rank.rank !== undefined
              ? t('report.rank', [formatNumber(rank.rank)])
              : t('report.notRanked', [String(rank.bucket)]))}
        </Field>
        <Field term={t('report.technologies')}>{listed(s.technologies)}</Field>
      </dl>
      {s.redirectChain && s.redirectChain.length > 1 && (
        <>
          <h3 class="small-heading">{t('report.redirects')}</h3>
          <ol class="redirect-chain" aria-label={t('report.redirectChain')}>
            {s.redirectChain.map((url, index) => (
              // Keyed by position: a chain may pass one address twice.
              <li key={index}>{url}</li>
            ))}
          </ol>
        </>
      )}
      <h3 class="small-heading">{t('report.pageLoad')}</h3>
      <dl class="report-counts">
        <Field term={t('report.requests')}>{formatNumber(s.counts.requests)}</Field>
        <Field term={t('report.domains')}>{formatNumber(s.counts.domains)}</Field>
        <Field term={t('report.cookies')}>{formatNumber(s.counts.cookies)}</Field>
        <Field term={t('report.consoleErrors')}>{formatNumber(s.counts.consoleErrors)}</Field>
      </dl>
      {s.consoleErrors.length > 0 && (
        <ul class="console-errors" aria-label={t('report.consoleErrors')}>
          {s.consoleErrors.slice(0, 5).map((message, index) => (
            // Keyed by position: a page may log the same message twice.
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
