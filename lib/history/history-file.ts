import { type ScanRow, scanRowSchema, type VerdictRow, verdictRowSchema } from '../db/rows';
import { t } from '../i18n/translate';
import { z } from '../z';

// The history as a file a person keeps or moves to another browser: finished scans and verdicts only.
// Settings, and so the token and keys, are never part of it.

export const historyFileSchema = z.object({
  format: z.literal('scanlink-history'),
  version: z.literal(1),
  exportedAt: z.string(),
  scans: z.array(scanRowSchema).max(100_000),
  verdicts: z
    .array(verdictRowSchema.refine((row) => row.kind !== 'pending', 'a pending verdict'))
    .max(200_000),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;

export function historyJson(scans: readonly ScanRow[], verdicts: readonly VerdictRow[], now: number): string {
  const file: HistoryFile = {
    format: 'scanlink-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    scans: [...scans],
    verdicts: verdicts.filter((row) => row.kind !== 'pending'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// Column names are part of the file's format, not of the UI: the same in every language.
const CSV_COLUMNS = ['finished', 'url', 'verdict', 'reasons', 'categories', 'final URL', 'title', 'scan id'];

/**
 * One row a scan, for a spreadsheet. Report strings are the scanned page's words: a cell starting with
 * = + - @ would run as a formula in a spreadsheet, so it is quoted with a leading apostrophe.
 */
export function historyCsv(scans: readonly ScanRow[]): string {
  const rows = scans.map((scan) => [
    new Date(scan.finishedAt).toISOString(),
    scan.url,
    scan.kind,
    scan.reasons.join('; '),
    scan.categories.join('; '),
    scan.finalUrl ?? '',
    scan.title ?? '',
    scan.scanId,
  ]);
  return `${[CSV_COLUMNS, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The history in a file, or what is wrong with the file, in words. */
export function readHistoryFile(
  text: string,
): { ok: true; file: HistoryFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t('history.notJson') };
  }
  const parsed = historyFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    return { ok: false, error: where ? t('history.notHistoryAt', [where]) : t('history.notHistory') };
  }
  return { ok: true, file: parsed.data };
}
