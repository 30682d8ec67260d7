// How report numbers read in the popup. Pure, so the wording is tested without a browser.

import { NEW_DOMAIN_DAYS } from '../scanurl/layer-reasons';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** A 0–1 probability or score as a percentage: "0%", "< 0.01%", "0.02%", "4.5%", "73%". */
export function percent(value: number): string {
  const pct = value * 100;
  if (pct === 0) return '0%';
  if (pct < 0.01) return '< 0.01%';
  if (pct < 1) return `${pct.toFixed(2)}%`;
  if (pct < 10) return `${pct.toFixed(1).replace(/\.0$/, '')}%`;
  return `${Math.round(pct)}%`;
}

/** The seed (003): a domain "less than 30 days old … will be flagged as a new domain". */
export const isNewDomain = (days: number) => days >= 0 && days < NEW_DOMAIN_DAYS;

/** "12 days (new domain)", "10,618 days (about 29 years)". */
export function domainAge(days: number): string {
  const whole = Math.floor(days);
  if (isNewDomain(days)) return `${plural(whole, 'day')} (new domain)`;
  const years = Math.floor(whole / 365.25);
  return years >= 1 ? `${plural(whole, 'day')} (about ${plural(years, 'year')})` : plural(whole, 'day');
}

export const days = (count: number) => plural(count, 'day');

export const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Yes' : 'No');
