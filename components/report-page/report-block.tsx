import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/translate';
import { type SectionId, sectionTitle } from './section-names';

interface ReportBlockProps {
  /** The section: its anchor, for the page's table of contents, and its heading. */
  id: SectionId;
  /** The section's rows: undefined when the report has no such section, empty when it lists none. */
  rows: readonly unknown[] | undefined;
  children: ComponentChildren;
}

/** One section of the full report under its own heading, saying so when the report lacks it. */
export function ReportBlock({ id, rows, children }: ReportBlockProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} class="report-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{sectionTitle(id)}</h2>
      {rows === undefined ? (
        <p class="hint">{t('reportPage.notInReport')}</p>
      ) : rows.length === 0 ? (
        <p class="hint">{t('reportPage.noneInReport')}</p>
      ) : (
        children
      )}
    </section>
  );
}
