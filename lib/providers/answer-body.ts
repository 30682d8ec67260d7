import { ScanApiError } from '../cloudflare/errors';
import { t } from '../i18n/translate';
import type { z } from '../z';

// Reading a scanner's answer, the same way for every scanner: a dropped connection is a network error,
// a 2xx that is not JSON or not the documented shape is an invalid response (never a verdict).

export async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    throw new ScanApiError('network', t('errors.answerDropped'));
  }
}

/** The answer as JSON; undefined for an error status whose body is not JSON (an HTML error page). */
export async function readJson(response: Response, scanner: string): Promise<unknown> {
  const text = await readText(response);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (!response.ok) return undefined;
    throw new ScanApiError('invalid-response', t('errors.notJson', [scanner]), {
      status: response.status,
    });
  }
}

/** `json` parsed with `schema`, or an invalid-response error that says where the shape differed. */
export function parseAnswer<T extends z.ZodType>(
  schema: T,
  json: unknown,
  response: Response,
  scanner: string,
): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data as z.infer<T>;
  const where = parsed.error.issues[0]?.path.join('.') || 'body';
  throw new ScanApiError('invalid-response', t('errors.badShape', [scanner, where]), {
    status: response.status,
  });
}

/** The answer as an image; anything else (an HTML error page with a 200, say) is an invalid response. */
export async function readImage(response: Response): Promise<Blob> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/')) {
    const got = type ? t('errors.notPng', [type]) : t('errors.notPngNoType');
    throw new ScanApiError('invalid-response', got);
  }
  try {
    return await response.blob();
  } catch {
    throw new ScanApiError('network', t('errors.screenshotDropped'));
  }
}
