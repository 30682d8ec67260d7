import { badRequest } from './errors';
import { isResolution } from './screenshot';
import type { MockResponse, Resolution } from './types';

export interface Submission {
  /** Canonical form (`new URL(url).href`), which is what the API echoes back and searches on. */
  url: string;
  visibility: 'public' | 'unlisted';
  resolutions: Resolution[];
  customHeaders: Record<string, string>;
  customagent?: string;
  referer?: string;
  country?: string;
}

type Parsed = { ok: true; submission: Submission } | { ok: false; error: MockResponse };

const MAX_OPTION_LENGTH = 4096;

/** Validates a `POST scan` body the way the API does: strictly, naming the offending field. */
export function parseSubmission(body: unknown, plan: 'free' | 'paid'): Parsed {
  const fail = (detail: string): Parsed => ({ ok: false, error: badRequest(detail) });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('The request body must be a JSON object with a "url" field.');
  }
  const input = body as Record<string, unknown>;

  const url = absoluteHttpUrl(input.url);
  if (!url) return fail('"url" must be an absolute http:// or https:// URL.');

  const visibility = input.visibility ?? 'Public';
  if (visibility !== 'Public' && visibility !== 'Unlisted') {
    return fail('"visibility" must be "Public" or "Unlisted".');
  }
  // Cloudflare's scan-limits page says the Free plan has no Unlisted scans; the refusal's status and wording
  // here are unverified (no primary source shows the real answer).
  if (visibility === 'Unlisted' && plan === 'free') {
    return fail(
      'Unlisted scans are not available on the Free plan. Submit a Public scan or upgrade your plan.',
    );
  }

  const resolutions = input.screenshotsResolutions ?? ['desktop'];
  if (!Array.isArray(resolutions) || !resolutions.every((r) => typeof r === 'string' && isResolution(r))) {
    return fail('"screenshotsResolutions" must be an array of "desktop", "mobile" or "tablet".');
  }

  const customHeaders = input.customHeaders ?? {};
  if (
    typeof customHeaders !== 'object' ||
    customHeaders === null ||
    Array.isArray(customHeaders) ||
    !Object.values(customHeaders).every((v) => typeof v === 'string')
  ) {
    return fail('"customHeaders" must be an object of string values.');
  }

  const submission: Submission = {
    url,
    visibility: visibility === 'Public' ? 'public' : 'unlisted',
    resolutions: resolutions.length > 0 ? [...new Set(resolutions as Resolution[])] : ['desktop'],
    customHeaders: customHeaders as Record<string, string>,
  };
  for (const key of ['customagent', 'referer', 'country'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_OPTION_LENGTH) {
      return fail(`"${key}" must be a string of at most ${MAX_OPTION_LENGTH} characters.`);
    }
    submission[key] = value;
  }
  return { ok: true, submission };
}

function absoluteHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
