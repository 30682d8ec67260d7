import { type VerdictKind, verdictKindSchema } from '../scan/verdict';
import { z } from '../z';
import type { LinkVerdict } from './rows';

// The verdict cache's lookup index: for every cached URL, what its badge shows (kind and categories),
// packed by a hash of the URL into BUCKET_COUNT rows of typed arrays and one string.
//
// Why: Chromium's IndexedDB costs ~25 µs per key read, so the thousand links of a page cost ~28 ms read
// row by row, whatever the rows hold. The whole index of 100,000 verdicts is 64 reads of packed rows
// (~10 ms), taken once per service-worker life; every lookup after that is answered from memory.
// Each entry keeps its URL and a lookup compares it, so a hash collision (chance or crafted) can never lend
// one URL another's verdict: the hash only decides where to look.

export const BUCKET_COUNT = 64;
/** Bumped when the packing changes: rows of another format are rebuilt from the verdicts. */
export const INDEX_FORMAT = 1;

const KINDS = verdictKindSchema.options;

export interface IndexEntry extends LinkVerdict {
  hash: number;
}

export const indexBucketSchema = z
  .object({
    bucket: z
      .number()
      .int()
      .min(0)
      .max(BUCKET_COUNT - 1),
    format: z.literal(INDEX_FORMAT),
    /** Each entry's URL hash, ascending. */
    hashes: z.instanceof(Float64Array),
    /** Each entry's verdict kind, as its position in `verdictKindSchema`. */
    kinds: z.instanceof(Uint8Array),
    /** Entry i's URL is `urls.slice(offsets[i], offsets[i + 1])`: one more offset than entries. */
    offsets: z.instanceof(Uint32Array),
    urls: z.string(),
    /** The categories of the few entries that have any, by URL. */
    categories: z.array(z.tuple([z.string(), z.array(z.string())])),
  })
  .refine(
    (row) =>
      row.kinds.length === row.hashes.length &&
      row.offsets.length === row.hashes.length + 1 &&
      row.offsets.at(-1) === row.urls.length &&
      row.kinds.every((code) => code < KINDS.length),
    'the packed arrays disagree',
  );
export type IndexBucket = z.infer<typeof indexBucketSchema>;

/** A 53-bit hash of a URL (two 32-bit multiply–xor lanes, each finished with murmur3's mixer). */
export function urlHash(url: string): number {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ url.length;
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (mix(b) >>> 0) * 2 ** 21 + (mix(a) >>> 11);
}

function mix(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export const bucketOf = (hash: number): number => hash % BUCKET_COUNT;

export function indexEntry(verdict: LinkVerdict): IndexEntry {
  return { url: verdict.url, kind: verdict.kind, categories: verdict.categories, hash: urlHash(verdict.url) };
}

const byHashThenUrl = (x: IndexEntry, y: IndexEntry) =>
  x.hash - y.hash || (x.url < y.url ? -1 : x.url > y.url ? 1 : 0);

export function packBucket(bucket: number, entries: IndexEntry[]): IndexBucket {
  const sorted = [...entries].sort(byHashThenUrl);
  const offsets = new Uint32Array(sorted.length + 1);
  let end = 0;
  for (const [i, entry] of sorted.entries()) {
    offsets[i] = end;
    end += entry.url.length;
  }
  offsets[sorted.length] = end;
  return {
    bucket,
    format: INDEX_FORMAT,
    hashes: Float64Array.from(sorted, (entry) => entry.hash),
    kinds: Uint8Array.from(sorted, (entry) => KINDS.indexOf(entry.kind)),
    offsets,
    urls: sorted.map((entry) => entry.url).join(''),
    categories: sorted.filter((entry) => entry.categories.length > 0).map((e) => [e.url, e.categories]),
  };
}

export function unpackBucket(row: IndexBucket): IndexEntry[] {
  return Array.from(row.hashes, (hash, i) => {
    const url = urlAt(row, i);
    return { url, hash, kind: kindAt(row, i), categories: categoriesOf(row).get(url) ?? [] };
  });
}

const categoryMaps = new WeakMap<IndexBucket, Map<string, string[]>>();
/** A bucket's categories by URL, made once per bucket read. */
function categoriesOf(row: IndexBucket): Map<string, string[]> {
  const known = categoryMaps.get(row);
  if (known) return known;
  const map = new Map(row.categories);
  categoryMaps.set(row, map);
  return map;
}

const urlAt = (row: IndexBucket, i: number) => row.urls.slice(row.offsets[i], row.offsets[i + 1]);
const kindAt = (row: IndexBucket, i: number): VerdictKind => KINDS[row.kinds[i] ?? 0] ?? 'unknown';

/** Every bucket, from the verdicts of the whole cache. */
export function packIndex(verdicts: readonly LinkVerdict[]): IndexBucket[] {
  const buckets = Array.from({ length: BUCKET_COUNT }, () => [] as IndexEntry[]);
  for (const verdict of verdicts) {
    const entry = indexEntry(verdict);
    buckets[bucketOf(entry.hash)]?.push(entry);
  }
  return buckets.map((entries, bucket) => packBucket(bucket, entries));
}

/** `row` with the verdicts of `put` written over and the URLs of `removed` taken out. */
export function updateBucket(
  row: IndexBucket,
  put: readonly IndexEntry[],
  removed: readonly string[],
): IndexBucket {
  const entries = new Map(unpackBucket(row).map((entry) => [entry.url, entry]));
  for (const url of removed) entries.delete(url);
  for (const entry of put) entries.set(entry.url, entry);
  return packBucket(row.bucket, [...entries.values()]);
}

/** The verdict `row` holds for `url` (whose hash is `hash`), by binary search then URL comparison. */
export function findInBucket(row: IndexBucket, url: string, hash: number): LinkVerdict | undefined {
  let low = 0;
  let high = row.hashes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((row.hashes[middle] ?? 0) < hash) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < row.hashes.length && row.hashes[i] === hash; i++) {
    const start = row.offsets[i] ?? 0;
    if ((row.offsets[i + 1] ?? 0) - start !== url.length || !row.urls.startsWith(url, start)) continue;
    return { url, kind: kindAt(row, i), categories: categoriesOf(row).get(url) ?? [] };
  }
  return undefined;
}
