import { describe, expect, it } from 'vitest';
import { scanIdSchema } from '../cloudflare/result-schema';
import type { ProviderReport } from '../providers/scan-provider';
import { createReportCache } from './report-cache';
import { scanIdFor } from './scan-id';

describe('ScanURL scan ids', () => {
  it('derives a stable id from the URL and the time, fit for any provider’s id field', () => {
    const id = scanIdFor('https://example.com/', 1_700_000_000_000);
    expect(id).toBe(scanIdFor('https://example.com/', 1_700_000_000_000));
    expect(id).not.toBe(scanIdFor('https://example.com/', 1_700_000_000_001));
    expect(id).not.toBe(scanIdFor('https://example.org/', 1_700_000_000_000));
    expect(scanIdSchema.parse(id)).toBe(id);
    expect(scanIdSchema.parse(scanIdFor(`https://e.example/${'x'.repeat(5000)}`, Date.now()))).toBeTruthy();
  });
});

describe('ScanURL report memory', () => {
  const report = (scanId: string) => ({ scanId }) as ProviderReport;

  it('keeps the newest reports only, refreshing one that is stored again', () => {
    const cache = createReportCache(2);
    cache.put(report('a'));
    cache.put(report('b'));
    cache.put(report('a'));
    cache.put(report('c'));
    expect(cache.get('a')?.scanId).toBe('a');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')?.scanId).toBe('c');
  });
});
