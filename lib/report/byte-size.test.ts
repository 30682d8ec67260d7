import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../test/support/i18n-messages';
import { byteSize } from './byte-size';

describe('byte sizes', () => {
  it('says bytes below a kilobyte as they are', () => {
    expect(byteSize(0)).toBe('0 B');
    expect(byteSize(429)).toBe('429 B');
  });

  it('rounds larger sizes to a few digits in decimal units', () => {
    expect(byteSize(87_533)).toBe('87.5 kB');
    expect(byteSize(1_250)).toBe('1.25 kB');
    expect(byteSize(2_000)).toBe('2 kB');
    expect(byteSize(1_234_567)).toBe('1.23 MB');
    expect(byteSize(5_000_000_000_000)).toBe('5000 GB');
  });
});

describe('byte sizes in German', () => {
  afterEach(() => {
    fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  });

  it('write the number the German way', async () => {
    const german = generateChromeMessages(
      await parseMessagesFile(resolve(import.meta.dirname, '../i18n/locales/de.yml')),
    );
    fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) =>
      (german[name]?.message ?? '').replace(/\$([1-9])/g, (_, which: string) =>
        String([substitutions ?? []].flat()[Number(which) - 1] ?? ''),
      )) as typeof fakeBrowser.i18n.getMessage;

    expect(byteSize(87_533)).toBe('87,5 kB');
    expect(byteSize(1_250)).toBe('1,25 kB');
    expect(byteSize(1_234_567)).toBe('1,23 MB');
  });
});
