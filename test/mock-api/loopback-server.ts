import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequestOf } from './recorded-request';
import { flattenHeaders, readBody } from './request-io';

export type { RecordedRequestOf } from './recorded-request';

// What every mock scanner shares: an HTTP server on 127.0.0.1 that closes cleanly, and request bodies
// read the same way.

/** A request body that is not JSON (kept apart from `undefined`, an empty body). */
export const BAD_JSON: unique symbol = Symbol('bad-json');

/** The body as JSON: `undefined` when empty, `BAD_JSON` when it does not parse. */
export function parseJsonBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return BAD_JSON;
  }
}

/** A request read once: its route, parsed body and headers, and the record a mock keeps of it. */
export async function readRequest<Match extends { route: unknown }>(
  req: IncomingMessage,
  origin: string,
  matchRoute: (method: string, pathname: string) => Match,
) {
  const at = Date.now();
  const url = new URL(req.url ?? '/', origin);
  const method = req.method ?? 'GET';
  const raw = await readBody(req);
  const headers = flattenHeaders(req.headers);
  const body = parseJsonBody(raw);
  const match = matchRoute(method, url.pathname);
  const entry: RecordedRequestOf<Match['route']> = {
    method,
    route: match.route,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    ...(raw === '' ? {} : { body: body === BAD_JSON ? raw : body }),
    at,
  };
  return { entry, match, query: url.searchParams, headers, body, at };
}

export function checkDuration(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`scanDurationMs must be ≥ 0, got ${ms}`);
  return ms;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Aborted by `close()`: slow answers in progress give up. */
  signal: AbortSignal;
  close(): Promise<void>;
}

/** Serves `serve` on 127.0.0.1 (a random port unless given); `name` labels the mock's own errors. */
export async function startLoopbackServer(
  name: string,
  serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port = 0,
): Promise<LoopbackServer> {
  const lifetime = new AbortController();
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // An aborted delay (close() during a slow answer) is expected; anything else is a mock bug.
      if (!lifetime.signal.aborted) console.error(`[${name}]`, error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    signal: lifetime.signal,
    close() {
      lifetime.abort();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
