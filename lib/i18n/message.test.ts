import { describe, expect, it } from 'vitest';
import { message } from './message';
import { t } from './translate';

describe('message', () => {
  it('gives the same strings as t, substitutions filled', () => {
    expect(message('badge.label', ['malicious'])).toBe('Scanlink: malicious');
    expect(message('badge.label', ['malicious'])).toBe(t('badge.label', ['malicious']));
    expect(message('banner.goBack')).toBe(t('banner.goBack'));
    expect(message('banner.goBack')).not.toBe('');
  });
});
