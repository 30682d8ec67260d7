import { i18n } from '#i18n';

/**
 * A UI string in the browser's language. Give it a key of `lib/i18n/locales/en.yml`; a count as second
 * argument picks a plural form, an array fills `$1`…`$9`. An unknown key does not type-check, and a key
 * missing from another locale fails `locales.test.ts`. Code the content script runs uses `message`
 * (`./message.ts`) instead: the same strings, without the argument handling every page would download.
 */
export const t = i18n.t;
