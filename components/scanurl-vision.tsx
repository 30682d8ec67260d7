import { percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

/** The visual layer: what the rendered page looks like (a login form?) and what its text says (OCR). */
export function ScanUrlVision({ vision: v }: { vision: NonNullable<ScanUrlSummary['vision']> }) {
  return (
    <ScanUrlSection heading="Vision">
      {v.available === false && (
        <p class="hint">ScanURL's visual analysis was not available for this page.</p>
      )}
      <dl>
        <Field term="Login page">{yesNo(v.loginPage)}</Field>
        <Field term="Credential layout">{yesNo(v.credentialLayout)}</Field>
        <Field term="Vision score">{v.score === undefined ? undefined : percent(v.score)}</Field>
      </dl>
      <ScanUrlSection heading="Text on the page (OCR)" level={4}>
        <dl>
          <Field term="Text found">{yesNo(v.ocr.textDetected)}</Field>
          <Field term="Browser warning">{yesNo(v.ocr.browserWarning)}</Field>
          <Field term="Access blocked">{yesNo(v.ocr.accessBlock)}</Field>
          <Field term="Error page">{yesNo(v.ocr.pageError)}</Field>
          <Field term="Under construction">{yesNo(v.ocr.underConstruction)}</Field>
          <Field term="Adult keywords">{yesNo(v.ocr.adultKeywords)}</Field>
        </dl>
      </ScanUrlSection>
    </ScanUrlSection>
  );
}
