import { STATUS_CODES } from 'node:http';
import { json } from '../mock-api/responses';
import type { MockResponse } from '../mock-api/types';

// urlscan.io's error body: `{message, description?, status}`, sometimes with `errors: [{title, detail,
// status}]` for validation problems (urlscan-python's APIError reads all of these).

export function apiError(
  status: number,
  message: string,
  description?: string,
  headers: Record<string, string> = {},
): MockResponse {
  return json(status, { message, ...(description === undefined ? {} : { description }), status }, headers);
}

export function validationError(detail: string): MockResponse {
  return json(400, {
    message: 'Invalid request',
    status: 400,
    errors: [{ title: 'Bad Request', detail, status: 400 }],
  });
}

export const notFinished = (): MockResponse =>
  apiError(404, 'Scan is not finished yet', 'The scan has either not finished yet or has been deleted.');

export const noRoute = (): MockResponse => apiError(404, 'Not Found', 'No such API endpoint.');

/** A generic body for an injected status (429s get theirs from the rate limiter). */
export function errorForStatus(status: number): MockResponse {
  if (status === 404) return notFinished();
  if (status === 401) return apiError(401, 'Unauthorized', 'The API key is not valid.');
  if (status === 403) return apiError(403, 'Forbidden', 'This API key may not perform this action.');
  if (status === 400) {
    return apiError(
      400,
      'DNS Error - Could not resolve domain',
      "The domain could not be resolved to a valid IPv4/IPv6 address. We won't try to load it in the browser.",
    );
  }
  return apiError(status, STATUS_CODES[status] ?? 'Error');
}
