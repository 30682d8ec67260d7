import type { UrlscanRoute } from './types';

export interface RouteMatch {
  route: UrlscanRoute;
  uuid?: string;
}

// urlscan.io answers with and without the trailing slash (the docs spell it both ways).
const ROUTES: readonly { method: string; pattern: RegExp; route: UrlscanRoute }[] = [
  { method: 'POST', pattern: /^\/api\/v1\/scan\/?$/, route: 'submit' },
  { method: 'GET', pattern: /^\/api\/v1\/result\/([^/]+)\/?$/, route: 'result' },
  { method: 'GET', pattern: /^\/screenshots\/([^/]+)\.png$/, route: 'screenshot' },
  { method: 'GET', pattern: /^\/dom\/([^/]+)\/?$/, route: 'dom' },
  { method: 'GET', pattern: /^\/api\/v1\/search\/?$/, route: 'search' },
  // The official clients use /api/v1/quotas; older ones /user/quotas/.
  { method: 'GET', pattern: /^\/(?:api\/v1\/quotas|user\/quotas)\/?$/, route: 'quotas' },
];

export function matchRoute(method: string, pathname: string): RouteMatch {
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(pathname);
    if (match && method === candidate.method) {
      return match[1] === undefined
        ? { route: candidate.route }
        : { route: candidate.route, uuid: decode(match[1]) };
    }
  }
  return { route: 'other' };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
