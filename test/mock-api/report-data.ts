import { linksFor } from './dom';
import type { ReportData, RequestEntry } from './fixture';
import { HOSTILE_CONSOLE_TEXT } from './hostile-strings';
import { requestFor } from './report-requests';
import type { Resource } from './resources';
import type { SiteProfile } from './site-profile';

/** `data.*`: what the headless browser saw while loading the page. */
export function buildData(profile: SiteProfile, resources: Resource[], startedAt: number): ReportData {
  const loaded = resources.length > 0;
  return {
    console: [...consoleFor(profile), ...(profile.markup ? [hostileConsoleError(profile)] : [])],
    cookies: loaded ? [cookieFor(profile, startedAt)] : [],
    globals: loaded
      ? [
          { prop: 'jQuery', type: 'function' },
          { prop: '$', type: 'function' },
        ]
      : [],
    links: linksFor(profile),
    performance: loaded
      ? [{ duration: 412.3, entryType: 'navigation', name: profile.url, startTime: 0 }]
      : [],
    // Plain documents have no redirect response, plain-HTTP ones no TLS details, and headers are
    // free-form; the template shows every optional key, so the looser entries are cast back to it.
    requests: resources.map((resource) => requestFor(profile, resource, startedAt)) as RequestEntry[],
  };
}

function consoleFor(profile: SiteProfile): ReportData['console'] {
  switch (profile.verdict) {
    case 'unreachable':
      return [
        {
          message: {
            level: 'error',
            source: 'network',
            text: 'Failed to load resource: net::ERR_NAME_NOT_RESOLVED',
            url: profile.url,
          },
        },
      ];
    case 'malicious':
      return [
        {
          message: {
            level: 'error',
            source: 'network',
            text: 'Failed to load resource: the server responded with a status of 404 (Not Found)',
            url: new URL('/favicon.ico', profile.url).href,
          },
        },
      ];
    default:
      return [];
  }
}

function hostileConsoleError(profile: SiteProfile): ReportData['console'][number] {
  return {
    message: { level: 'error', source: 'javascript', text: HOSTILE_CONSOLE_TEXT, url: profile.url },
  };
}

function cookieFor(profile: SiteProfile, startedAt: number): ReportData['cookies'][number] {
  const value = profile.verdict === 'safe' ? 'k3Jx9q2LmZ' : 'a81f0c2d9e7b6a5c';
  return {
    domain: profile.host,
    expires: profile.verdict === 'safe' ? Math.floor(startedAt / 1000) + 1800 : -1,
    httpOnly: true,
    name: profile.verdict === 'safe' ? '__cf_bm' : 'PHPSESSID',
    path: '/',
    priority: 'Medium',
    sameParty: false,
    secure: profile.secure,
    session: profile.verdict !== 'safe',
    size: value.length + (profile.verdict === 'safe' ? 7 : 9),
    sourcePort: profile.secure ? 443 : 80,
    sourceScheme: profile.secure ? 'Secure' : 'NonSecure',
    value,
  };
}
