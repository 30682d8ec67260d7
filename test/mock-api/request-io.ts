import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { MockResponse } from './types';

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export function writeResponse(res: ServerResponse, response: MockResponse): void {
  // A delayed answer may outlive its client (timeout, abort) or the server (close()).
  if (res.destroyed || res.writableEnded) return;
  if (response.drop) {
    res.destroy();
    return;
  }
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  res.end(body);
}
