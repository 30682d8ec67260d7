import { unwrapLink } from '../url/link-wrappers';
import { parseWebUrl } from '../url/web-url';
import { addressFacts } from './address-facts';
import { addressShapeReasons } from './address-shape-check';
import { brandMisuseReasons } from './brand-misuse-check';
import { linkTextMismatchReason } from './link-text-mismatch';
import { mixedScriptReasons } from './mixed-script-check';

export type LocalCheckInput = {
  /** The link's href, as found on the page. */
  readonly url: string;
  /** What the page shows as the link, when known. */
  readonly linkText?: string;
};

/**
 * The offline verdict. Deliberately one-sided: it can raise suspicion but never call a link safe, since
 * a clean-looking address proves nothing. A remote verdict, when there is one, takes precedence.
 */
export type LocalCheckResult = {
  readonly suspicious: boolean;
  /** Why, in sentences for a person; empty when nothing was found. */
  readonly reasons: readonly string[];
  /** The link with known wrappers (SafeLinks, URL Defense, Google) removed: the URL to scan. */
  readonly target: string;
};

/** Checks a link with no network and no account: wrappers, look-alike hosts, misleading text. */
export function checkLocally({ url, linkText }: LocalCheckInput): LocalCheckResult {
  const unwrapped = unwrapLink(url);
  const parsed = parseWebUrl(unwrapped);
  if (parsed === undefined) return { suspicious: false, reasons: [], target: unwrapped };
  const facts = addressFacts(parsed);
  const reasons = [
    ...addressShapeReasons(facts, unwrapped),
    ...brandMisuseReasons(facts),
    ...mixedScriptReasons(facts),
  ];
  const textReason = linkText === undefined ? undefined : linkTextMismatchReason(linkText, parsed);
  if (textReason !== undefined) reasons.push(textReason);
  return { suspicious: reasons.length > 0, reasons, target: parsed.href };
}
