import { days, percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

type Reputation = NonNullable<ScanUrlSummary['reputation']>;

const dayCount = (value: number | undefined) => (value === undefined ? undefined : days(value));

function Certificate({ ssl }: { ssl: NonNullable<Reputation['ssl']> }) {
  return (
    <ScanUrlSection heading="Certificate (SSL)" level={4}>
      <dl>
        <Field term="Certificate">{yesNo(ssl.present)}</Field>
        <Field term="Valid">{yesNo(ssl.valid)}</Field>
        <Field term="Expired">{yesNo(ssl.expired)}</Field>
        <Field term="Self-signed">{yesNo(ssl.selfSigned)}</Field>
        <Field term="Issuer">{ssl.issuer}</Field>
        <Field term="Age">{dayCount(ssl.ageDays)}</Field>
        <Field term="Days remaining">{dayCount(ssl.daysRemaining)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

function EmailPolicy({ dns }: { dns: NonNullable<Reputation['dns']> }) {
  return (
    <ScanUrlSection heading="Email (DNS)" level={4}>
      <dl>
        <Field term="MX records">{yesNo(dns.mx)}</Field>
        <Field term="SPF">{yesNo(dns.spf)}</Field>
        <Field term="DMARC">{yesNo(dns.dmarc)}</Field>
        <Field term="DMARC policy">{dns.dmarcPolicy}</Field>
        <Field term="Strict DMARC">{yesNo(dns.dmarcStrict)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

function Hosting({ asn }: { asn: NonNullable<Reputation['asn']> }) {
  return (
    <ScanUrlSection heading="Hosting (ASN)" level={4}>
      <dl>
        <Field term="IP address">{asn.ip}</Field>
        <Field term="ASN">{asn.asn && (/^\d+$/.test(asn.asn) ? `AS${asn.asn}` : asn.asn)}</Field>
        <Field term="AS organisation">{asn.org}</Field>
        <Field term="Hosting provider">{asn.hostingProvider}</Field>
        <Field term="Suspicious hosting">{yesNo(asn.suspiciousHosting)}</Field>
        <Field term="Enterprise infrastructure">{yesNo(asn.enterpriseInfra)}</Field>
        <Field term="Cloud hosting">{yesNo(asn.cloudHosting)}</Field>
        <Field term="Cloud VPS">{yesNo(asn.cloudVps)}</Field>
        <Field term="CDN">{yesNo(asn.cdn)}</Field>
      </dl>
    </ScanUrlSection>
  );
}

/** The infrastructure layer: the domain's certificate, email setup and hosting, and ScanURL's reasons. */
export function ScanUrlReputation({ reputation: r }: { reputation: Reputation }) {
  return (
    <ScanUrlSection heading="Reputation">
      <dl>
        <Field term="Reputation score">{r.score === undefined ? undefined : percent(r.score)}</Field>
        <Field term="Infrastructure risk">{r.infrastructureRisk}</Field>
      </dl>
      {r.reasons.length > 0 && (
        <ul class="reputation-reasons" aria-label="Reputation reasons">
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
