import { t } from '../i18n/translate';
import type { AddressFacts } from './address-facts';
import { type BrandMention, brandMentionedIn } from './brand-mention';
import { scriptsIn } from './letter-script';
import { isBrandHomeSuffix } from './registrable-domain';
import { scriptNames } from './script-names';
import type { Brand } from './well-known-brands';

// Words that turn "a page about PayPal" into "a page asking for your PayPal login". A brand in a path
// (github.com/paypal/…) or a subdomain (apple.stackexchange.com) is common and harmless without them.
const CREDENTIAL_WORDS = new Set(
  (
    'login logon signin sign verify verification validate secure security update unlock unblock suspended ' +
    'suspend confirm confirmation webscr auth authenticate billing password recover recovery account ' +
    'accounts wallet session credential credentials 2fa mfa otp reset restore'
  ).split(' '),
);

const MAX_SHOWN_PATH = 40;

/** Reasons the address uses a well-known brand's name, or a look-alike of it, away from its own sites. */
export function brandMisuseReasons(facts: AddressFacts): string[] {
  if (facts.owner !== undefined) return [];
  const reasons: string[] = [];
  if (!facts.isIpHost) {
    const inDomain = registrableLabelReason(facts);
    if (inDomain !== undefined) reasons.push(inDomain);
    const inSubdomain = subdomainReason(facts);
    if (inSubdomain !== undefined) reasons.push(inSubdomain);
  }
  const inPath = pathReason(facts);
  if (inPath !== undefined) reasons.push(inPath);
  return reasons;
}

function registrableLabelReason(facts: AddressFacts): string | undefined {
  const mention = brandMentionedIn(facts.registrableLabel);
  if (mention === undefined) return undefined;
  const { brand } = mention;
  const label = facts.registrableLabel;
  if (mention.how === 'imitated') return imitationReason(label, facts.registrable, brand);
  // paypal.de, amazon.co.jp: the brand's name alone, on a suffix where brands hold their regional sites.
  if (label === brand.label && isBrandHomeSuffix(facts.suffix)) return undefined;
  return t('checks.brandInDomain', [facts.registrable, brand.name, home(brand)]);
}

function subdomainReason(facts: AddressFacts): string | undefined {
  const subdomain = facts.subdomainLabels.join('.');
  for (const label of facts.subdomainLabels) {
    const mention = brandMentionedIn(label);
    if (mention === undefined) continue;
    if (mention.how === 'imitated' && !isAscii(label)) {
      return imitationReason(label, `${subdomain}.${facts.registrable}`, mention.brand);
    }
    if (isStrongSubdomainMention(mention, `${subdomain}.${facts.registrable}`) || asksForCredentials(facts)) {
      return t('checks.brandInSubdomain', [
        subdomain,
        facts.registrable,
        mention.brand.name,
        home(mention.brand),
      ]);
    }
  }
  return undefined;
}

/**
 * paypal.com.evil.example, gmail.com-check.example and paypa1.evil.example say "PayPal" on their own;
 * paypal.evil.example may be a fan wiki.
 */
function isStrongSubdomainMention(mention: BrandMention, host: string): boolean {
  if (mention.how === 'imitated') return true;
  return mention.brand.domains.some((domain) => host.includes(`${domain}.`) || host.includes(`${domain}-`));
}

function pathReason(facts: AddressFacts): string | undefined {
  // Asked first: it is cheap, and most paths ask for nothing, which spares a brand lookup per word.
  if (!asksForCredentials(facts)) return undefined;
  for (const word of wordsOf(facts.path)) {
    const mention = brandMentionedIn(word);
    if (mention?.how !== 'named') continue;
    const shown = facts.path.length > MAX_SHOWN_PATH ? `${facts.path.slice(0, MAX_SHOWN_PATH)}…` : facts.path;
    return t('checks.brandInPath', [facts.registrable, mention.brand.name, shown]);
  }
  return undefined;
}

function imitationReason(label: string, shownHost: string, brand: Brand): string {
  if (isAscii(label)) return t('checks.lookAlike', [shownHost, home(brand)]);
  const foreign = scriptsIn(label).filter((script) => script !== 'Latin');
  return foreign.length > 0
    ? t('checks.lookAlikeLetters', [scriptNames(foreign), home(brand)])
    : t('checks.accentedLetters', [home(brand)]);
}

function asksForCredentials(facts: AddressFacts): boolean {
  const text = `${facts.subdomainLabels.join('.')}.${facts.registrable}${facts.path}${facts.url.search}`;
  return wordsOf(text.toLowerCase()).some((word) => CREDENTIAL_WORDS.has(word));
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

function isAscii(text: string): boolean {
  return /^\p{ASCII}*$/u.test(text);
}

function home(brand: Brand): string {
  return brand.domains[0] ?? brand.label;
}
