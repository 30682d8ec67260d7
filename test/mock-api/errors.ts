import { STATUS_CODES } from 'node:http';
import { json } from './responses';
import type { MockResponse, MockRoute, ScanRecord } from './types';

// The scanner speaks two error dialects (see the API notes): its own "shape A"
// `{message, status, errors:[{title, detail, status}]}` and, from the API gateway in front of it,
// the classic Cloudflare envelope "shape B" `{success:false, errors:[{code, message}], ...}`.

export interface ShapeAOptions {
  title?: string;
  detail?: string;
  description?: string;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

export function shapeA(status: number, message: string, options: ShapeAOptions = {}): MockResponse {
  const title = options.title ?? STATUS_CODES[status] ?? 'Error';
  return json(
    status,
    {
      message,
      ...(options.description === undefined ? {} : { description: options.description }),
      status,
      errors: [{ title, detail: options.detail ?? message, status }],
      ...options.extra,
    },
    options.headers,
  );
}

export interface EnvelopeError {
  code: number;
  message: string;
  error_chain?: { code: number; message: string }[];
}

export function shapeB(
  status: number,
  code: number,
  message: string,
  chain?: EnvelopeError['error_chain'],
): MockResponse {
  const error: EnvelopeError = chain ? { code, message, error_chain: chain } : { code, message };
  return json(status, { success: false, errors: [error], messages: [], result: null });
}

// Unverified: reported by public projects (not Cloudflare's docs) for a token in the wrong form and for a
// request with no credentials at all; see the API notes.
export const malformedAuthorization = (): MockResponse =>
  shapeB(400, 6003, 'Invalid request headers', [
    { code: 6111, message: 'Invalid format for Authorization header' },
  ]);
export const missingAuthHeaders = (): MockResponse =>
  shapeB(400, 9106, 'Missing X-Auth-Key, X-Auth-Email or Authorization headers');
/** The gateway's answer for an account path it cannot route: a wrong account ID. Unverified: publicly reported. */
export const noSuchAccount = (path: string): MockResponse =>
  shapeB(404, 7003, `Could not route to ${path}, perhaps your object identifier is invalid?`);
export const unauthenticated = (): MockResponse => shapeB(401, 10001, 'Unable to authenticate request');
export const forbidden = (): MockResponse => shapeB(403, 10000, 'Authentication error');
export const noRoute = (): MockResponse => shapeB(404, 7000, 'No route for that URI');

export function badRequest(detail: string): MockResponse {
  return shapeA(400, 'Invalid request', { title: 'Bad Request', detail });
}

/** 404 for unknown scans and, with `task`, for scans that are still running. */
export function scanNotFound(scan?: ScanRecord, now = Date.now()): MockResponse {
  const message = 'Scan not found or in progress.';
  if (!scan) return shapeA(404, message, { title: 'Not Found' });
  // Early in its life a scan waits in a queue before a browser picks it up.
  const queued = now - scan.submittedAt < (scan.readyAt - scan.submittedAt) / 5;
  const task = {
    status: queued ? 'Queued' : 'InProgress',
    time: new Date(scan.submittedAt).toISOString(),
    url: scan.url,
    uuid: scan.uuid,
    visibility: scan.visibility,
  };
  return shapeA(404, message, { title: 'Not Found', extra: { task } });
}

/** The body the real API would send with `status`, for injected faults. */
export function errorForStatus(status: number, route: MockRoute, retryAfterSeconds?: number): MockResponse {
  switch (status) {
    case 400:
      return badRequest('The request was rejected by the scanner.');
    case 401:
      return unauthenticated();
    case 403:
      return forbidden();
    case 404:
      return route === 'other' ? noRoute() : scanNotFound();
    case 409:
      return shapeA(409, 'Scan request denied: hostname was recently scanned', {
        title: 'Conflict',
        description:
          'The hostname was scanned recently. Wait before scanning it again, or use the existing scan.',
      });
    case 429:
      // Whether the real scanner sends Retry-After is unverified, so it is only sent when asked for.
      return shapeA(429, 'Rate limit exceeded', {
        title: 'Too Many Requests',
        description:
          retryAfterSeconds === undefined
            ? 'Too many scans submitted. Try again later.'
            : `Too many scans submitted. Try again in ${retryAfterSeconds} seconds.`,
        headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
      });
    default:
      if (status >= 500) return shapeB(status, 10002, internalMessage(status));
      return shapeA(status, STATUS_CODES[status] ?? 'Error');
  }
}

function internalMessage(status: number): string {
  if (status === 502) return 'Bad gateway: the upstream scanner did not answer';
  if (status === 503) return 'Service temporarily unavailable';
  return 'Internal server error';
}
