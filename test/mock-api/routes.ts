import type { MockRoute } from './types';

export interface RouteMatch {
  route: MockRoute;
  /** The `{account_id}` path segment, when the path has one. */
  accountId?: string;
  /** The scan id for per-scan routes. */
  uuid?: string;
}

const ACCOUNT_PATH = /^\/client\/v4\/accounts\/([^/]+)(\/.*)?$/;
const SCANNER_PREFIX = '/urlscanner/v2/';

const PER_SCAN: readonly { method: string; pattern: RegExp; route: MockRoute }[] = [
  { method: 'GET', pattern: /^result\/([^/]+)$/, route: 'result' },
  { method: 'GET', pattern: /^screenshots\/([^/]+)\.png$/, route: 'screenshot' },
  { method: 'GET', pattern: /^har\/([^/]+)$/, route: 'har' },
  { method: 'GET', pattern: /^dom\/([^/]+)$/, route: 'dom' },
];

export function matchRoute(method: string, pathname: string): RouteMatch {
  const account = ACCOUNT_PATH.exec(pathname);
  if (!account) return { route: 'other' };
  const accountId = decodeSegment(account[1] ?? '');
  const rest = account[2] ?? '';
  if (!rest.startsWith(SCANNER_PREFIX)) return { route: 'other', accountId };
  const tail = rest.slice(SCANNER_PREFIX.length);

  if (tail === 'scan' && method === 'POST') return { route: 'submit', accountId };
  if (tail === 'search' && method === 'GET') return { route: 'search', accountId };
  for (const candidate of PER_SCAN) {
    const match = candidate.pattern.exec(tail);
    if (match && method === candidate.method) {
      return { route: candidate.route, accountId, uuid: decodeSegment(match[1] ?? '') };
    }
  }
  return { route: 'other', accountId };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
