import { t } from '../../lib/i18n/translate';

/** The report's sections in page order: each one's anchor, and the key of its words in the locale files. */
export const SECTION_IDS = [
  'redirects',
  'requests',
  'domains',
  'ips',
  'asns',
  'certificates',
  'dns',
  'cookies',
  'console',
  'links',
  'technologies',
  'categories',
  'stats',
  'globals',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A section's heading, also its table's name and its entry in the contents ("Requests"). */
export const sectionTitle = (id: SectionId) => t(`reportPage.sections.${id}.title`);

/** The label of a section's filter box ("Filter requests"). */
export const sectionFilterLabel = (id: SectionId) => t(`reportPage.sections.${id}.filter`);
