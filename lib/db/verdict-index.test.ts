import { describe, expect, it } from 'vitest';
import type { LinkVerdict } from './rows';
import {
  BUCKET_COUNT,
  bucketOf,
  findInBucket,
  type IndexEntry,
  indexBucketSchema,
  indexEntry,
  packBucket,
  packIndex,
  unpackBucket,
  updateBucket,
  urlHash,
} from './verdict-index';

const verdict = (url: string, kind: LinkVerdict['kind'], categories: string[] = []): LinkVerdict => ({
  url,
  kind,
  categories,
});
const find = (entries: IndexEntry[], url: string) => findInBucket(packBucket(0, entries), url, urlHash(url));

describe('verdict index packing', () => {
  it('hashes a URL the same way in every version of this format (stored indexes depend on it)', () => {
    expect(urlHash('https://example.com/')).toBe(urlHash('https://example.com/'));
    expect(urlHash('https://example.com/')).not.toBe(urlHash('https://example.com/a'));
    expect([urlHash(''), urlHash('https://example.com/')]).toEqual([5164706257266639, 2183850191863157]);
    expect(Number.isSafeInteger(urlHash('https://a.example/'.repeat(50)))).toBe(true);
  });

  it('finds each URL with its own kind and categories, and nothing for a URL it does not hold', () => {
    const entries = [
      verdict('https://evil.example/', 'malicious', ['Phishing']),
      verdict('https://fine.example/', 'safe'),
      verdict('https://wait.example/', 'pending'),
    ].map(indexEntry);
    expect(find(entries, 'https://evil.example/')).toEqual(
      verdict('https://evil.example/', 'malicious', ['Phishing']),
    );
    expect(find(entries, 'https://fine.example/')).toEqual(verdict('https://fine.example/', 'safe'));
    expect(find(entries, 'https://wait.example/')).toEqual(verdict('https://wait.example/', 'pending'));
    expect(find(entries, 'https://evil.example/x')).toBeUndefined();
    expect(find(entries, 'https://evil.example')).toBeUndefined();
  });

  it('never lends one URL the verdict of another with the same hash', () => {
    const hash = urlHash('https://evil.example/');
    const entries: IndexEntry[] = [
      { ...verdict('https://evil.example/', 'malicious'), hash },
      { ...verdict('https://bank.example/', 'safe'), hash },
    ];
    const row = packBucket(0, entries);
    expect(findInBucket(row, 'https://evil.example/', hash)?.kind).toBe('malicious');
    expect(findInBucket(row, 'https://bank.example/', hash)?.kind).toBe('safe');
    expect(findInBucket(row, 'https://other.example/', hash)).toBeUndefined();
  });

  it('unpacks what it packed, and packs the whole cache into every bucket by hash', () => {
    const verdicts = Array.from({ length: 500 }, (_, i) =>
      verdict(`https://site-${i}.example/`, i % 3 === 0 ? 'malicious' : 'safe', i % 3 === 0 ? ['Scam'] : []),
    );
    const buckets = packIndex(verdicts);
    expect(buckets.map((row) => row.bucket)).toEqual([...Array(BUCKET_COUNT).keys()]);
    const unpacked = buckets.flatMap(unpackBucket);
    expect(unpacked).toHaveLength(500);
    for (const row of buckets)
      for (const entry of unpackBucket(row)) expect(bucketOf(entry.hash)).toBe(row.bucket);
    expect(
      new Set(unpacked.map(({ url, kind, categories }) => JSON.stringify({ url, kind, categories }))),
    ).toEqual(new Set(verdicts.map((v) => JSON.stringify(v))));
    for (const v of verdicts) {
      const hash = urlHash(v.url);
      const row = buckets[bucketOf(hash)];
      expect(row && findInBucket(row, v.url, hash)).toEqual(v);
    }
  });

  it('writes over, adds and removes entries of a bucket', () => {
    const before = packBucket(
      0,
      [verdict('https://a.example/', 'pending'), verdict('https://b.example/', 'safe')].map(indexEntry),
    );
    const after = updateBucket(
      before,
      [
        indexEntry(verdict('https://a.example/', 'malicious', ['Malware'])),
        indexEntry(verdict('https://c.example/', 'suspicious')),
      ],
      ['https://b.example/'],
    );
    expect(
      unpackBucket(after)
        .map(({ url, kind }) => `${url} ${kind}`)
        .sort(),
    ).toEqual(['https://a.example/ malicious', 'https://c.example/ suspicious']);
    expect(find(unpackBucket(after), 'https://a.example/')?.categories).toEqual(['Malware']);
  });

  it('refuses a stored bucket whose arrays disagree or whose format is another', () => {
    const row = packBucket(3, [indexEntry(verdict('https://a.example/', 'safe'))]);
    expect(indexBucketSchema.safeParse(row).success).toBe(true);
    expect(indexBucketSchema.safeParse({ ...row, kinds: new Uint8Array(2) }).success).toBe(false);
    expect(indexBucketSchema.safeParse({ ...row, urls: `${row.urls}x` }).success).toBe(false);
    expect(indexBucketSchema.safeParse({ ...row, kinds: new Uint8Array([200]) }).success).toBe(false);
    expect(indexBucketSchema.safeParse({ ...row, format: 2 }).success).toBe(false);
  });
});
