import { t } from '../i18n/translate';
import { parseHostText } from '../url/host-text';
import { isIpHostname } from './address-facts';
import { toUnicodeHostname } from './punycode';
import { registrableDomain } from './registrable-domain';
import { brandOwning } from './well-known-brands';

// A host name in running text: labels of letters, digits and inner hyphens, ending in a letters-only
// TLD, standing on its own (so "support@paypal.com" and "file.tar.gz/x" parts are not read as links).
const SHOWN_HOST =
  /(?:^|[\s(<[“"'«:])(https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(\p{L}{2,63}))\.?(?=$|[\s/:?#)>\]”"'».,;!])/u;

// Without a scheme or "www.", "report.pdf" and "index.html" would read as domains; these TLDs (and any
// two-letter country code or non-Latin TLD) are what people write in link text.
const TEXT_TLDS = new Set(
  'com net org info biz edu gov mil int io co app dev xyz online site shop top store tech cloud ai me'.split(
    ' ',
  ),
);

/** The ASCII host name `text` shows, if it shows one. */
export function hostShownIn(text: string): string | undefined {
  const match = SHOWN_HOST.exec(text);
  if (match === null) return undefined;
  const [, scheme, shown = '', tld = ''] = match;
  const lowerTld = tld.toLowerCase();
  const looksLikeHost =
    scheme !== undefined ||
    /^www\./i.test(shown) ||
    TEXT_TLDS.has(lowerTld) ||
    /^[a-z]{2}$/.test(lowerTld) ||
    /[^a-z]/.test(lowerTld);
  return looksLikeHost ? parseHostText(shown) : undefined;
}

/** Why the visible text of a link misleads about where it goes, if it does. */
export function linkTextMismatchReason(linkText: string, target: URL): string | undefined {
  const shown = hostShownIn(linkText);
  if (shown === undefined) return undefined;
  const targetHost = target.hostname;
  const shownDomain = registrableDomain(shown);
  const targetDomain = isIpHostname(targetHost) ? targetHost : registrableDomain(targetHost);
  if (shownDomain === targetDomain) return undefined;
  // A brand linking between its own domains (text apple.com, link icloud.com) is not a mismatch.
  const shownOwner = brandOwning(shownDomain);
  if (shownOwner !== undefined && shownOwner === brandOwning(targetDomain)) return undefined;
  return t('checks.textMismatch', [toUnicodeHostname(shown), toUnicodeHostname(targetHost)]);
}
