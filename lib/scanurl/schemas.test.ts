import { describe, expect, it } from 'vitest';
import { seedData, seedResponse } from '../../test/fixtures/scanurl/seed-response';
import { errorMessageFrom, layersOf, scanDataSchema, scanResponseSchema } from './schemas';

const parseData = (data: unknown) => scanDataSchema.safeParse(data);

describe('ScanURL response schema', () => {
  it('parses the seed example, keeping every section and value', () => {
    const parsed = scanResponseSchema.parse(seedResponse());
    expect(parsed).toEqual(seedResponse());
    if (!parsed.success) throw new Error('expected the success shape');
    const layers = layersOf(parsed.data);
    expect(layers.quick?.domain_age).toBe(10618);
    expect(layers.vision?.login_page_detected).toBe(false);
    expect(layers.reputation?.asn?.asn).toBe('32934');
    expect(layers.redirect?.http_chain).toEqual(['https://www.facebook.com/']);
  });

  it('keeps keys it does not know, in every section', () => {
    const data = seedData({ new_section: { a: 1 } });
    data.quick_scan = { ...data.quick_scan, new_domain: true } as typeof data.quick_scan;
    const parsed = scanDataSchema.parse(data);
    expect(parsed.new_section).toEqual({ a: 1 });
    expect(parsed.quick_scan).toHaveProperty('new_domain', true);
  });

  it('accepts an answer with only the fields acted on', () => {
    expect(parseData({ status: 'success', final_verdict: 'Trusted' }).success).toBe(true);
    expect(parseData({ status: 'success', final_verdict: 'Trusted', risk_score: null }).success).toBe(true);
  });

  it('degrades a drifted displayed field to absent instead of rejecting the answer', () => {
    const data = seedData({ confidence: ['high'], redirect_info: 'none' });
    data.quick_scan = { ...data.quick_scan, domain_age: 'old', phishing_probability: 87 } as never;
    data.deep_scan.vision = { ...data.deep_scan.vision, login_page_detected: 'yes' } as never;
    data.deep_scan.reputation.reasons = 'trusted' as never;
    const parsed = scanDataSchema.parse(data);
    expect(parsed.confidence).toBeUndefined();
    expect(parsed.redirect_info).toBeUndefined();
    expect(parsed.quick_scan?.domain_age).toBeUndefined();
    expect(parsed.quick_scan?.phishing_probability).toBeUndefined();
    expect(parsed.quick_scan?.reachable).toBe(true);
    expect(parsed.deep_scan?.vision?.login_page_detected).toBeUndefined();
    expect(parsed.deep_scan?.reputation?.reasons).toBeUndefined();
  });

  it.each([
    ['final_verdict as a number', { final_verdict: 3 }],
    ['risk_score above 1', { risk_score: 1.5 }],
    ['risk_score below 0', { risk_score: -0.1 }],
    ['risk_score as a string', { risk_score: '0' }],
    ['status as a boolean', { status: true }],
    ['a successful status without a verdict', { final_verdict: undefined }],
  ])('rejects %s: the verdict depends on it', (_, overrides) => {
    expect(parseData(seedData(overrides)).success).toBe(false);
  });

  it('accepts a failed scan without a verdict', () => {
    expect(parseData({ status: 'failed' }).success).toBe(true);
  });

  it('requires success to be a boolean, and reads the documented error shape', () => {
    expect(scanResponseSchema.safeParse({ ...seedResponse(), success: 'true' }).success).toBe(false);
    expect(scanResponseSchema.safeParse({ data: seedData() }).success).toBe(false);
    expect(scanResponseSchema.parse({ success: false, message: 'Invalid URL' })).toEqual({
      success: false,
      message: 'Invalid URL',
    });
    expect(scanResponseSchema.parse({ success: false })).toEqual({ success: false });
  });

  it('finds vision and reputation at the top of data too, preferring them there', () => {
    const data = scanDataSchema.parse(
      seedData({ vision: { login_page_detected: true }, reputation: { reasons: ['Top level'] } }),
    );
    expect(layersOf(data).vision?.login_page_detected).toBe(true);
    expect(layersOf(data).reputation?.reasons).toEqual(['Top level']);
  });

  it('reads the message of an error body, trimmed and bounded', () => {
    expect(errorMessageFrom({ success: false, message: ' Invalid API key ' })).toBe('Invalid API key');
    expect(errorMessageFrom({ success: false, message: 'x'.repeat(1000) })).toHaveLength(300);
    expect(errorMessageFrom({ success: false, message: '  ' })).toBeUndefined();
    expect(errorMessageFrom('Bad gateway')).toBeUndefined();
  });
});

describe('an answer whose verdict fields were renamed', () => {
  it('is refused as unreadable, not read as a scan that failed', () => {
    const renamed = { success: true, data: { state: 'success', verdict: 'Trusted', score: 0.1 } };
    expect(scanResponseSchema.safeParse(renamed).success).toBe(false);
    // A real failed scan still reads: it says so in its status.
    const failed = { success: true, data: { status: 'failed' } };
    expect(scanResponseSchema.safeParse(failed).success).toBe(true);
  });
});
