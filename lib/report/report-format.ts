// How report numbers read in the popup, in the language of its strings. Pure, so the wording is tested
// without a browser.

import { formatDate, formatNumber, uiLocale } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import { NEW_DOMAIN_DAYS } from '../scanurl/layer-reasons';
import type { TlsSummary } from './summary-fields';

const asPercent = (value: number, minDigits: number, maxDigits: number) =>
  new Intl.NumberFormat(uiLocale(), {
    style: 'percent',
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
  }).format(value);

/** A 0–1 probability or score as a percentage: "0%", "< 0.01%", "0.02%", "4.5%", "73%". */
export function percent(value: number): string {
  const pct = value * 100;
  if (pct === 0) return asPercent(0, 0, 0);
  if (pct < 0.01) return `< ${asPercent(0.0001, 2, 2)}`;
  if (pct < 1) return asPercent(value, 2, 2);
  if (pct < 10) return asPercent(value, 0, 1);
  return asPercent(value, 0, 0);
}

/** The seed (003): a domain "less than 30 days old … will be flagged as a new domain". */
export const isNewDomain = (days: number) => days >= 0 && days < NEW_DOMAIN_DAYS;

/** "1 day", "10,618 days". */
export const days = (count: number) => t('report.days', count, [formatNumber(count)]);

/** "12 days (new domain)", "10,618 days (about 29 years)". */
export function domainAge(age: number): string {
  const whole = Math.floor(age);
  if (isNewDomain(age)) return t('report.newDomain', [days(whole)]);
  const years = Math.floor(whole / 365.25);
  return years >= 1
    ? t('report.domainAgeYears', [days(whole), t('report.years', years, [formatNumber(years)])])
    : days(whole);
}

export const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? t('common.yes') : t('common.no');

/** "Issued by WE1 valid from 12 Oct 2025 until 10 Jan 2026 (90 days)", with what the report knows. */
export function tlsCertificate({ issuer, validFrom, validUntil, validDays }: TlsSummary): string {
  if (validFrom !== undefined && validUntil !== undefined && validDays !== undefined) {
    return t('report.tlsFull', [issuer, formatDate(validFrom), formatDate(validUntil), days(validDays)]);
  }
  if (validFrom !== undefined) return t('report.tlsFrom', [issuer, formatDate(validFrom)]);
  if (validDays !== undefined) return t('report.tlsDays', [issuer, days(validDays)]);
  return t('report.tlsIssuer', [issuer]);
}
