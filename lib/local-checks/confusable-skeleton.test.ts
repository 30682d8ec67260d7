import { describe, expect, it } from 'vitest';
import { skeletonOf } from './confusable-skeleton';

describe('skeletonOf', () => {
  it.each([
    ['pаypal', 'paypal'], // Cyrillic а
    ['аррӏе', 'apple'],
    ['gοοgle', 'google'], // Greek ο
    ['paypäl', 'paypal'],
    ['paypa1', 'paypal'],
    ['paypai', 'paypal'],
    ['micros0ft', 'microsoft'],
    ['arnazon', 'amazon'],
    ['vvellsfargo', 'wellsfargo'],
  ])('%s looks like %s', (lookalike, original) => {
    expect(skeletonOf(lookalike)).toBe(skeletonOf(original));
  });

  it.each([
    ['ample', 'apple'],
    ['paypal', 'paypay'],
    ['правительство', 'paypal'],
  ])('%s does not look like %s', (a, b) => {
    expect(skeletonOf(a)).not.toBe(skeletonOf(b));
  });
});
