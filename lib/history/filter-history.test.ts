import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../db/rows';
import { filterHistory } from './filter-history';

const row = (scanId: string, url: string, kind: ScanRow['kind'], title?: string): ScanRow => ({
  scanId,
  url,
  kind,
  reasons: [],
  categories: [],
  finishedAt: 0,
  reused: false,
  ...(title ? { title } : {}),
});

const scans = [
  row('1', 'https://login-phish.example/', 'malicious', 'Sign in'),
  row('2', 'https://docs.example/guide', 'safe', 'Guide'),
  row('3', 'https://shop.example/', 'suspicious'),
];

describe('history filter', () => {
  it('matches text in the URL or the title, in any case', () => {
    expect(filterHistory(scans, { text: 'PHISH', kind: 'all' }).map((s) => s.scanId)).toEqual(['1']);
    expect(filterHistory(scans, { text: 'guide', kind: 'all' }).map((s) => s.scanId)).toEqual(['2']);
  });

  it('matches the verdict, and both together', () => {
    expect(filterHistory(scans, { text: '', kind: 'suspicious' }).map((s) => s.scanId)).toEqual(['3']);
    expect(filterHistory(scans, { text: 'docs', kind: 'malicious' })).toEqual([]);
    expect(filterHistory(scans, { text: ' ', kind: 'all' })).toHaveLength(3);
  });
});
