import { t } from '../lib/i18n/translate';
import { percent, yesNo } from '../lib/report/report-format';
import type { ScanUrlSummary } from '../lib/report/scanurl-summary';
import { Field } from './report-summary';
import { ScanUrlSection } from './scanurl-section';

/** The visual layer: what the rendered page looks like (a login form?) and what its text says (OCR). */
export function ScanUrlVision({ vision: v }: { vision: NonNullable<ScanUrlSummary['vision']> }) {
  return (
    <ScanUrlSection heading={t('report.scanurl.vision')}>
      {v.available === false && <p class="hint">{t('report.scanurl.visionUnavailable')}</p>}
      <dl>
        <Field term={t('report.scanurl.loginPage')}>{yesNo(v.loginPage)}</Field>
        <Field term={t('report.scanurl.credentialLayout')}>{yesNo(v.credentialLayout)}</Field>
        <Field term={t('report.scanurl.visionScore')}>
          {v.score === undefined ? undefined : percent(v.score)}
        </Field>
      </dl>
      <ScanUrlSection heading={t('report.scanurl.ocr')} level={4}>
        <dl>
          <Field term={t('report.scanurl.textFound')}>{yesNo(v.ocr.textDetected)}</Field>
          <Field term={t('report.scanurl.browserWarning')}>{yesNo(v.ocr.browserWarning)}</Field>
          <Field term={t('report.scanurl.accessBlocked')}>{yesNo(v.ocr.accessBlock)}</Field>
          <Field term={t('report.scanurl.errorPage')}>{yesNo(v.ocr.pageError)}</Field>
          <Field term={t('report.scanurl.underConstruction')}>{yesNo(v.ocr.underConstruction)}</Field>
          <Field term={t('report.scanurl.adultKeywords')}>{yesNo(v.ocr.adultKeywords)}</Field>
        </dl>
      </ScanUrlSection>
    </ScanUrlSection>
  );
}
