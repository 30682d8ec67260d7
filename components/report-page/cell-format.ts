import { formatDate, formatDateTime, formatNumber } from '../../lib/i18n/locale-format';
import { byteSize } from '../../lib/report/byte-size';
import { percent as percentOfOne } from '../../lib/report/report-format';
import { countryLabel } from '../../lib/report/report-summary';

// How the full report's cells read, in the language of the strings. Kept beside the components: these
// are words people read.

export { yesNo } from '../../lib/report/report-format';

export const bytes = (value: number | undefined) => (value === undefined ? undefined : byteSize(value));

export const count = (value: number | undefined) => (value === undefined ? undefined : formatNumber(value));

// Remembered per code: a report of a thousand requests names the same few countries a thousand times.
const countryNames = new Map<string, string>();
export function country(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  let name = countryNames.get(code);
  if (name === undefined) {
    name = countryLabel(code);
    countryNames.set(code, name);
  }
  return name;
}

export const dateTime = (ms: number | undefined) => (ms === undefined ? undefined : formatDateTime(ms));

export const day = (ms: number | undefined) => (ms === undefined ? undefined : formatDate(ms));

/** The report's 0–100 shares ("100%", "100 %"). */
export const percent = (value: number | undefined) =>
  value === undefined ? undefined : percentOfOne(value / 100);
