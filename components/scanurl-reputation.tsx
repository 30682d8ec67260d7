import { t } from '../lib/i18n/translate';
import { days, percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

type Reputation = NonNullable<ScanUrlSummary['reputation']>;

const dayCount = (value: number | undefined) => (value === undefined ? undefined : days(value));

function Certificate({ ssl }: { ssl: NonNullable<Reputation['ssl']> }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.certificateSsl')} level={4}>
      <dl>
        <Field term={t('report.scanurl.certificate')}>{yesNo(ssl.present)}</Field>
        <Field term={t('report.scanurl.valid')}>{yesNo(ssl.valid)}</Field>
        <Field term={t('report.scanurl.expired')}>{yesNo(ssl.expired)}</Field>
        <Field term={t('report.scanurl.selfSigned')}>{yesNo(ssl.selfSigned)}</Field>
        <Field term={t('report.scanurl.issuer')}>{ssl.issuer}</Field>
        <Field term={t('report.scanurl.age')}>{dayCount(ssl.ageDays)}</Field>
        <Field term={t('report.scanurl.daysRemaining')}>{dayCount(ssl.daysRemaining)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

function EmailPolicy({ dns }: { dns: NonNullable<Reputation['dns']> }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.email')} level={4}>
      <dl>
        <Field term={t('report.scanurl.mx')}>{yesNo(dns.mx)}</Field>
        <Field term={t('report.scanurl.spf')}>{yesNo(dns.spf)}</Field>
        <Field term={t('report.scanurl.dmarc')}>{yesNo(dns.dmarc)}</Field>
        <Field term={t('report.scanurl.dmarcPolicy')}>{dns.dmarcPolicy}</Field>
        <Field term={t('report.scanurl.dmarcStrict')}>{yesNo(dns.dmarcStrict)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

function Hosting({ asn }: { asn: NonNullable<Reputation['asn']> }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.hosting')} level={4}>
      <dl>
        <Field term={t('report.ip')}>{asn.ip}</Field>
        <Field term={t('report.asn')}>{asn.asn && (/^\d+$/.test(asn.asn) ? `AS${asn.asn}` : asn.asn)}</Field>
        <Field term={t('report.scanurl.asOrg')}>{asn.org}</Field>
        <Field term={t('report.scanurl.hostingProvider')}>{asn.hostingProvider}</Field>
        <Field term={t('report.scanurl.suspiciousHosting')}>{yesNo(asn.suspiciousHosting)}</Field>
        <Field term={t('report.scanurl.enterpriseInfra')}>{yesNo(asn.enterpriseInfra)}</Field>
        <Field term={t('report.scanurl.cloudHosting')}>{yesNo(asn.cloudHosting)}</Field>
        <Field term={t('report.scanurl.cloudVps')}>{yesNo(asn.cloudVps)}</Field>
        <Field term={t('report.scanurl.cdn')}>{yesNo(asn.cdn)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

/** The infrastructure layer: the domain's certificate, email setup and hosting, and ScanURL's reasons. */
export function ScanUrlReputation({ reputation: r }: { reputation: Reputation }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.reputation')}>
      <dl>
        <Field term={t('report.scanurl.reputationScore')}>
          {r.score === undefined ? undefined : percent(r.score)}
        </Field>
        <Field term={t('report.scanurl.infrastructureRisk')}>{r.infrastructureRisk}</Field>
      </dl>
      {r.reasons.length > 0 && (
        <ul class="reputation-reasons" aria-label={t('report.scanurl.reputationReasons')}>
          {r.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {r.ssl && <Certificate ssl={r.ssl} />}
      {r.dns && <EmailPolicy dns={r.dns} />}
      {r.asn && <Hosting asn={r.asn} />}
    </ScanUrlSection>
  );
}
