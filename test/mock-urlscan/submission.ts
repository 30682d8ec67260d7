import type { MockResponse } from '../mock-api/types';
import { apiError, validationError } from './errors';
import type { UrlscanVisibility } from './types';

export interface Submission {
  url: string;
  visibility: UrlscanVisibility;
  customagent?: string;
  referer?: string;
  tags: string[];
}

type Parsed = { ok: true; submission: Submission } | { ok: false; error: MockResponse };

const VISIBILITIES: readonly string[] = ['public', 'unlisted', 'private'];

/** Validates a `POST /api/v1/scan/` body, then refuses what urlscan.io refuses before scanning. */
export function parseSubmission(body: unknown): Parsed {
  const fail = (error: MockResponse): Parsed => ({ ok: false, error });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail(validationError('The request body must be a JSON object with a "url" field.'));
  }
  const input = body as Record<string, unknown>;
  const url = httpUrl(input.url);
  if (!url) return fail(validationError('"url" must be an absolute http:// or https:// URL.'));
  const visibility = input.visibility ?? 'public';
  if (typeof visibility !== 'string' || !VISIBILITIES.includes(visibility)) {
    return fail(validationError('"visibility" must be one of public, unlisted, private.'));
  }
  const tags = input.tags ?? [];
  if (!Array.isArray(tags) || tags.length > 10 || !tags.every((t) => typeof t === 'string')) {
    return fail(validationError('"tags" must be a list of at most 10 strings.'));
  }
  const submission: Submission = { url: url.href, visibility: visibility as UrlscanVisibility, tags };
  for (const key of ['customagent', 'referer'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return fail(validationError(`"${key}" must be a string.`));
    submission[key] = value;
  }
  // urlscan.io resolves the name before it starts a browser, and keeps a list of domains it won't scan.
  // (`.invalid` is reserved never to resolve, RFC 6761.)
  if (url.hostname.endsWith('.invalid') || url.hostname.includes('nxdomain')) {
    return fail(
      apiError(
        400,
        'DNS Error - Could not resolve domain',
        `The domain ${url.hostname} could not be resolved to a valid IPv4/IPv6 address. We won't try to load it in the browser.`,
      ),
    );
  }
  if (url.hostname.includes('blocklisted')) {
    return fail(apiError(400, 'Scan prevented', `Scanning ${url.hostname} is prohibited by urlscan.io.`));
  }
  return { ok: true, submission };
}

function httpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
