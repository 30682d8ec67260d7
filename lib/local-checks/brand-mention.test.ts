import { describe, expect, it } from 'vitest';
import { brandMentionedIn } from './brand-mention';

describe('brandMentionedIn', () => {
  it.each([
    ['paypal', 'paypal', 'named'],
    ['paypal-secure-login', 'paypal', 'named'],
    ['securepaypal', 'paypal', 'named'],
    ['pay-pal', 'paypal', 'named'],
    ['paypa1', 'paypal', 'imitated'],
    ['pаypal', 'paypal', 'imitated'],
    ['googel', 'google', 'imitated'],
    ['gooogle', 'google', 'imitated'],
    ['arnazon', 'amazon', 'imitated'],
    ['apple', 'apple', 'named'],
    ['outlook-verify', 'outlook', 'named'],
  ])('%s mentions %s (%s)', (label, brandLabel, how) => {
    expect(brandMentionedIn(label)).toMatchObject({ brand: { label: brandLabel }, how });
  });

  it.each([
    'ample', // short names match only exactly
    'applebees',
    'cloud', // shorter than "icloud", not a slip of it
    'finance', // one letter from "binance"
    'outlookindia',
    'example',
    'münchen',
  ])('%s mentions no brand', (label) => {
    expect(brandMentionedIn(label)).toBeUndefined();
  });
});
