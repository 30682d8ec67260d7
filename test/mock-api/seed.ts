import { randomUUID } from 'node:crypto';
import type { ScanRecord, SeedScan } from './types';

/** A scan that finished `finishedAgoMs` ago, as if it had been submitted through the API. */
export function seedRecord(
  seed: SeedScan,
  ownerAccountId: string,
  durationMs: number,
  now: number,
): ScanRecord {
  let url: URL;
  try {
    url = new URL(seed.url);
  } catch {
    throw new TypeError(`seedScan: "${seed.url}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`seedScan: "${seed.url}" is not an http(s) URL`);
  }
  const readyAt = now - (seed.finishedAgoMs ?? 60_000);
  return {
    uuid: randomUUID(),
    url: url.href,
    visibility: seed.visibility ?? 'public',
    submittedAt: readyAt - durationMs,
    readyAt,
    ownerAccountId,
    resolutions: ['desktop'],
    customHeaders: {},
  };
}
