// Unit tests run outside a browser: `browser.i18n` answers from the English locale file, with Chrome's
// substitution rules ($1…$9, and $$ for a dollar sign), so tests read the strings people read.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(
  await parseMessagesFile(resolve(import.meta.dirname, '../../lib/i18n/locales/en.yml')),
);

export function englishMessage(name: string, substitutions?: string | string[]): string {
  const template = messages[name]?.message;
  if (template === undefined) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return template.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
