import { setTimeout as sleep } from 'node:timers/promises';
import type { MockApi } from '../mock-api/server';

/**
 * The baseline of the API-economy benchmark: the simplest client that works. On every dwell it submits
 * the link at once (no pacing, no search for an existing scan, no memory of earlier scans), polls the
 * scan's result every `pollIntervalMs` until it is ready, then fetches its desktop screenshot. A refused
 * submit (429) is not retried: that dwell simply gets no verdict.
 */
export function createNaiveClient(api: MockApi, { pollIntervalMs }: { pollIntervalMs: number }) {
  const root = `${api.baseUrl}/accounts/${api.accountId}/urlscanner/v2`;
  const headers = { authorization: `Bearer ${api.token}` };
  const running: Promise<void>[] = [];
  const verdicts = new Set<string>();

  async function get(path: string): Promise<number> {
    const response = await fetch(`${root}/${path}`, { headers });
    await response.arrayBuffer();
    return response.status;
  }

  async function scan(url: string): Promise<void> {
    const response = await fetch(`${root}/scan`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ url, visibility: 'Unlisted', screenshotsResolutions: ['desktop'] }),
    });
    const body = (await response.json()) as { uuid?: string };
    if (response.status !== 200 || !body.uuid) return;
    for (;;) {
      await sleep(pollIntervalMs);
      const status = await get(`result/${body.uuid}`);
      if (status === 200) break;
      if (status !== 404) return;
    }
    verdicts.add(url);
    await get(`screenshots/${body.uuid}.png?resolution=desktop`);
  }

  return {
    dwell(url: string): void {
      running.push(scan(url));
    },
    /** Resolves once every scan it started has its verdict or has given up. */
    async settled(): Promise<void> {
      await Promise.all(running);
    },
    /** The distinct links it got a verdict for. */
    verdicts: (): ReadonlySet<string> => verdicts,
  };
}
