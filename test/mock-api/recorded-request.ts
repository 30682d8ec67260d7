// Apart from loopback-server.ts, which imports request-io.ts, which imports types.ts, which names this:
// an import cycle if it lived there.

/** What a mock keeps of each request it was sent, whatever its routes. */
export interface RecordedRequestOf<Route> {
  method: string;
  route: Route;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  /** The JSON body, or its raw text when it is not JSON. */
  body?: unknown;
  at: number;
  /** The status answered (0 for a dropped connection); set once the answer is sent. */
  status?: number;
}
