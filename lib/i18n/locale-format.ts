import { t } from './translate';

// Dates and numbers in the language the strings are shown in. `i18n.getUILanguage()` is not that
// language: Chromium started with `--lang=de` shows the German strings and still answers "en-US".
// So each locale file names its own language, and formatting follows the strings.

/** "en", "de": the language of the strings being shown. */
export const uiLocale = (): string => t('locale.code') || 'en';

/** "23 Nov 2026, 14:05" / "23.11.2026, 14:05". */
export const formatDateTime = (ms: number) =>
  new Date(ms).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (ms: number) =>
  new Date(ms).toLocaleDateString(uiLocale(), { dateStyle: 'medium' });

export const formatTime = (ms: number) => new Date(ms).toLocaleTimeString(uiLocale(), { timeStyle: 'short' });

/** "12,345" / "12.345". */
export const formatNumber = (n: number) => n.toLocaleString(uiLocale());
