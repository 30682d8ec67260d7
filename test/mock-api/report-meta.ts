import type { Category, Processors } from './fixture';
import { HOSTILE_CATEGORY, HOSTILE_PHISHING_KIND } from './hostile-strings';
import type { Resource } from './resources';
import { geoOf, sha256 } from './resources';
import type { SiteProfile } from './site-profile';

// Category names from Cloudflare's content/security category list; the ids are illustrative.
const TECHNOLOGY: Category = { id: 26, name: 'Technology', super_category_id: 26 };
const NEW_DOMAINS: Category = { id: 169, name: 'New Domains', super_category_id: 32 };
const PHISHING: Category = { id: 85, name: 'Phishing', super_category_id: 21 };
const PARKED: Category = { id: 171, name: 'Parked & For Sale Domains', super_category_id: 32 };
const HOSTILE: Category = { id: 9999, name: HOSTILE_CATEGORY, super_category_id: 21 };

/** `meta.processors`: what Cloudflare's enrichment pipeline concluded about the page. */
export function buildProcessors(profile: SiteProfile, resources: Resource[]): Processors {
  const loaded = resources.length > 0;
  const { content, risks } = categoriesFor(profile);
  return {
    asn: {
      data: loaded
        ? [
            {
              asn: profile.asn,
              country: profile.country,
              description: profile.asnDescription,
              ip: profile.ip,
              name: profile.asnName,
            },
          ]
        : [],
    },
    dns: {
      data: loaded ? [{ address: profile.ip, dnssec_valid: false, name: profile.host, type: 'A' }] : [],
    },
    domainCategories: { data: [{ inherited: {}, isPrimary: true, name: profile.host }] },
    geoip: { data: loaded ? [{ geoip: geoOf(profile), ip: profile.ip }] : [] },
    phishing: { data: profile.verdict === 'malicious' ? ['CredentialHarvester'] : [] },
    radarRank: {
      data: [
        {
          bucket: profile.rankBucket,
          hostname: profile.apex,
          ...(profile.rank === undefined ? {} : { rank: profile.rank }),
        },
      ] as Processors['radarRank']['data'],
    },
    wappa: { data: loaded ? [jquery()] : [] },
    phishing_v2: { data: phishingV2(profile) },
    robotsTxt: { data: profile.verdict === 'safe' ? [robotsTxt(profile)] : [] },
    urlCategories: {
      data: [
        {
          content,
          inherited: { content: [], from: profile.apex, risks: [] },
          name: profile.host,
          risks,
        },
      ],
    },
  };
}

/** A flagged page's reasons already list its risks and phishing kinds: markup there reaches every surface. */
const withMarkup = <T>(profile: SiteProfile, items: T[], hostile: T): T[] =>
  profile.markup ? [...items, hostile] : items;

function categoriesFor(profile: SiteProfile): { content: Category[]; risks: Category[] } {
  switch (profile.verdict) {
    case 'malicious':
      return { content: [], risks: withMarkup(profile, [PHISHING, NEW_DOMAINS], HOSTILE) };
    case 'suspicious':
      return { content: [PARKED], risks: withMarkup(profile, [NEW_DOMAINS], HOSTILE) };
    case 'unreachable':
      return { content: [], risks: [] };
    case 'safe':
      return { content: [TECHNOLOGY], risks: [] };
  }
}

// The newer phishing model flags lookalike login pages that the classic one does not (yet) call
// malicious: the "suspicious" keyword exercises exactly that disagreement.
function phishingV2(profile: SiteProfile): string[] {
  if (profile.verdict === 'malicious')
    return withMarkup(profile, ['CredentialHarvester', 'BrandImpersonation'], HOSTILE_PHISHING_KIND);
  if (profile.verdict === 'suspicious')
    return withMarkup(profile, ['PotentialCredentialHarvester'], HOSTILE_PHISHING_KIND);
  return [];
}

function jquery(): Processors['wappa']['data'][number] {
  return {
    app: 'jQuery',
    categories: [{ name: 'JavaScript libraries', priority: 8 }],
    confidence: [{ confidence: 100, name: 'jQuery', pattern: 'jquery.*\\.js', patternType: 'scriptSrc' }],
    confidenceTotal: 100,
    icon: 'jQuery.svg',
    website: 'https://jquery.com',
  };
}

function robotsTxt(profile: SiteProfile): Processors['robotsTxt']['data'][number] {
  return {
    rules: {
      '*': {
        allow: ['/'],
        disallow: ['/admin/'],
        contentSignal: { 'ai-input': 'no', 'ai-train': 'no', search: 'yes' },
        crawlDelay: 0,
      },
    },
    sitemaps: [`${profile.origin}/sitemap.xml`],
    hash: sha256(`User-agent: *\nAllow: /\nDisallow: /admin/\n`),
  };
}
