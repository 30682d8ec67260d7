import { uiLocale } from '../i18n/locale-format';
import { t } from '../i18n/translate';

// A size has at most three digits before the point in its unit (only thousands of GB have more), so
// there is nothing to group: the number is written compactly, in the strings' language ("87,5 kB").
const number = (value: number, maximumFractionDigits: number) =>
  value.toLocaleString(uiLocale(), { maximumFractionDigits, useGrouping: false });

/** A byte count as people read it: "429 B", "87.5 kB", "1.2 MB" (decimal units, as browsers' tools use). */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return t('reportPage.byteSize.bytes', [number(bytes, 0)]);
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < 2) {
    value /= 1000;
    unit += 1;
  }
  const digits = number(value, value < 10 ? 2 : 1);
  if (unit === 0) return t('reportPage.byteSize.kilobytes', [digits]);
  if (unit === 1) return t('reportPage.byteSize.megabytes', [digits]);
  return t('reportPage.byteSize.gigabytes', [digits]);
}
