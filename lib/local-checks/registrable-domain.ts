/**
 * The registrable domain ("eTLD+1") of a host, without shipping the 200 kB Public Suffix List
 * (https://publicsuffix.org/): single-label TLDs, plus the handful of multi-label suffixes that common
 * links use. A host under a suffix not listed here gets a registrable domain one label too short
 * (evil.example.co.xy → example.co.xy), which only makes the brand checks a little more lenient.
 */

// Country second-level suffixes under which brands register their regional sites.
const COUNTRY_SUFFIXES = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk com.au net.au org.au edu.au gov.au co.nz org.nz co.jp ne.jp or.jp ' +
    'ac.jp go.jp co.kr or.kr co.in net.in org.in gov.in co.za org.za com.br net.br gov.br com.mx com.ar ' +
    'com.cn net.cn org.cn gov.cn com.tw com.hk com.sg com.my com.tr com.ua co.il co.id com.ph com.vn ' +
    'com.pl com.co com.pe com.sa com.eg co.th'
  ).split(' '),
);

// Shared hosting where anyone can publish under their own name (PSL "private" section): a page on
// x.github.io belongs to x, not to GitHub, so x.github.io is the registrable domain.
const SHARED_HOSTING_SUFFIXES = new Set(
  (
    'github.io gitlab.io pages.dev workers.dev netlify.app vercel.app web.app firebaseapp.com ' +
    'appspot.com herokuapp.com blogspot.com azurewebsites.net s3.amazonaws.com cloudfront.net ' +
    'glitch.me wixsite.com weebly.com 000webhostapp.com r2.dev ngrok.io ngrok-free.app'
  ).split(' '),
);

/** A host split at its registrable domain. */
export type HostParts = {
  /** The registrable domain, e.g. "example.co.uk" for "a.b.example.co.uk". */
  readonly registrable: string;
  /** The public suffix, e.g. "co.uk". */
  readonly suffix: string;
  /** The labels in front of the registrable domain, e.g. ["a", "b"]. */
  readonly subdomainLabels: readonly string[];
};

/** Splits a DNS host name (as URL.hostname gives it; not an IP literal). */
export function splitHost(hostname: string): HostParts {
  const labels = hostname.split('.');
  const suffixLength = publicSuffixLength(labels);
  const registrableStart = Math.max(labels.length - suffixLength - 1, 0);
  return {
    registrable: labels.slice(registrableStart).join('.'),
    suffix: labels.slice(-suffixLength).join('.'),
    subdomainLabels: labels.slice(0, registrableStart),
  };
}

/** The registrable domain of `hostname`. */
export function registrableDomain(hostname: string): string {
  return splitHost(hostname).registrable;
}

/**
 * Whether a brand's name directly under `suffix` is plausibly its own site (amazon.co.jp, paypal.de):
 * country codes and the old generic TLDs, where brands register defensively. Not shared hosting, and
 * not the newer TLDs (paypal.support) that phishing kits favour.
 */
export function isBrandHomeSuffix(suffix: string): boolean {
  if (COUNTRY_SUFFIXES.has(suffix)) return true;
  if (suffix.includes('.')) return false;
  return suffix === 'com' || suffix === 'net' || suffix === 'org' || /^[a-z]{2}$/.test(suffix);
}

function publicSuffixLength(labels: readonly string[]): number {
  for (const length of [3, 2]) {
    const candidate = labels.slice(-length).join('.');
    if (
      labels.length >= length &&
      (COUNTRY_SUFFIXES.has(candidate) || SHARED_HOSTING_SUFFIXES.has(candidate))
    ) {
      return length;
    }
  }
  return 1;
}
