import type { LinkVerdict, VerdictRow } from '../db/rows';
import { t } from '../i18n/translate';
import { checkLocally } from '../local-checks/local-check';
import type { VerdictKind } from './verdict';

/** What a scanner decided; 'unknown' (it could not judge) leaves the offline suspicion standing. */
const SCANNER_DECIDED: ReadonlySet<VerdictKind> = new Set(['safe', 'suspicious', 'malicious']);

/**
 * The verdict to show for `url` (normalised) given what the scanner said, with the offline checks'
 * findings. They can only raise suspicion and never call a link safe, so:
 * - a scanner's verdict (safe, suspicious, malicious) takes precedence, with `withReasons` the local
 *   reasons follow its own;
 * - with none yet (nothing, a scan pending, unknown, an error), a locally suspicious link is shown
 *   suspicious with the local reasons, so a new user without an account sees them at once.
 */
export function withLocalFindings(
  url: string,
  row: VerdictRow | undefined,
  now: number,
  { withReasons, linkText }: { withReasons: boolean; linkText?: string | undefined },
): VerdictRow | undefined {
  const remoteFinal = row !== undefined && SCANNER_DECIDED.has(row.kind);
  if (remoteFinal && !withReasons) return row;
  const local = checkLocally({ url, ...(linkText ? { linkText } : {}) });
  if (!local.suspicious) return row;
  // Marked, so a person can tell them from the scanner's.
  const reasons = local.reasons.map((reason) => t('scan.localReason', [reason]));
  if (remoteFinal) return { ...row, reasons: [...row.reasons, ...reasons] };
  return {
    url,
    kind: 'suspicious',
    reasons: [...reasons, ...(row?.kind === 'pending' ? [t('scan.underWay')] : [])],
    categories: [],
    checkedAt: row?.checkedAt ?? now,
    ...(row?.scanId ? { scanId: row.scanId } : {}),
  };
}

/** The badge of `url` (normalised) given what the scanner said: `withLocalFindings` without the reasons. */
export function linkVerdictWithLocalFindings(
  url: string,
  known: LinkVerdict | undefined,
): LinkVerdict | undefined {
  if (known && SCANNER_DECIDED.has(known.kind)) return known;
  return checkLocally({ url }).suspicious ? { url, kind: 'suspicious', categories: [] } : known;
}
