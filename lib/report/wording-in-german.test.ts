import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../test/support/i18n-messages';
import { domainAge, percent, tlsCertificate, yesNo } from './report-format';
import { countryLabel } from './report-summary';
import { describeProblem, formatDuration } from './status-words';

// The report's words in the German locale file: numbers, dates and country names follow the language
// of the strings, not the machine running the tests.

const german = generateChromeMessages(
  await parseMessagesFile(resolve(import.meta.dirname, '../i18n/locales/de.yml')),
);

function germanMessage(name: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return (german[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

beforeAll(() => {
  fakeBrowser.i18n.getMessage = germanMessage as typeof fakeBrowser.i18n.getMessage;
});
afterAll(() => {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
});

describe('report wording in German', () => {
  it('writes numbers the German way, with German plurals', () => {
    expect(percent(0.045)).toMatch(/^4,5\s%$/);
    expect(percent(0.0000001)).toMatch(/^< 0,01\s%$/);
    expect(domainAge(10618)).toBe('10.618 Tage (etwa 29 Jahre)');
    expect(domainAge(1)).toBe('1 Tag (neue Domain)');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('writes a certificate’s dates the German way', () => {
    const noon = Date.UTC(2025, 9, 1, 12);
    expect(
      tlsCertificate({ issuer: 'WE1', validFrom: noon, validDays: 90, validUntil: noon + 90 * 86_400_000 }),
    ).toBe('Ausgestellt von WE1, gültig vom 01.10.2025 bis 30.12.2025 (90 Tage)');
  });

  it('names countries and answers in German', () => {
    expect(countryLabel('SC')).toBe('Seychellen (SC)');
    expect(yesNo(true)).toBe('Ja');
    expect(describeProblem({ kind: 'auth' }).headline).toBe('Cloudflare hat dein API-Token abgelehnt');
  });
});
