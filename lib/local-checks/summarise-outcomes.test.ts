import { describe, expect, it } from 'vitest';
import { formatSummary, summariseOutcomes } from './summarise-outcomes';

describe('summariseOutcomes', () => {
  it('counts detections on phishing rows and false alarms on legitimate rows', () => {
    const summary = summariseOutcomes([
      { truth: 'phishing', suspicious: true },
      { truth: 'phishing', suspicious: true },
      { truth: 'phishing', suspicious: false },
      { truth: 'phishing', suspicious: true },
      { truth: 'legitimate', suspicious: false },
      { truth: 'legitimate', suspicious: true },
    ]);
    expect(summary).toEqual({
      phishing: 4,
      detected: 3,
      detectionRate: 0.75,
      legitimate: 2,
      falsePositives: 1,
      falsePositiveRate: 0.5,
    });
    expect(formatSummary(summary)).toBe('detection 3/4 (75.0%), false positives 1/2 (50.0%)');
  });

  it('reports zero rates rather than NaN for an empty half', () => {
    expect(summariseOutcomes([])).toMatchObject({ detectionRate: 0, falsePositiveRate: 0 });
  });
});
