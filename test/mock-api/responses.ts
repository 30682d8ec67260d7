import type { MockResponse } from './types';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export function text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): MockResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

export function png(body: Buffer): MockResponse {
  return { status: 200, headers: { 'content-type': 'image/png' }, body };
}
