import type { ScreenshotResolution } from '../lib/cloudflare/api-schemas';
import { t } from '../lib/i18n/translate';
import type { OptionsDraft } from '../lib/settings/options-draft';
import { formControls } from './form-controls';
import { ScannerFields } from './scanner-fields';

interface OptionsFormProps {
  draft: OptionsDraft;
  errors: Partial<Record<keyof OptionsDraft, string>>;
  /** Fields the organisation sets. */
  locked: ReadonlySet<keyof OptionsDraft>;
  /** Never-scan domains the organisation adds to the person's own. */
  managedNeverScanDomains: readonly string[];
  busy: boolean;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onSave: () => void;
  onTestConnection: () => void;
}

const RESOLUTIONS: ScreenshotResolution[] = ['desktop', 'mobile', 'tablet'];

const resolutionLabel = (resolution: ScreenshotResolution) => {
  switch (resolution) {
    case 'desktop':
      return t('options.resolution.desktop');
    case 'mobile':
      return t('options.resolution.mobile');
    case 'tablet':
      return t('options.resolution.tablet');
  }
};

export function OptionsForm({
  draft,
  errors,
  locked,
  managedNeverScanDomains,
  busy,
  onChange,
  onSave,
  onTestConnection,
}: OptionsFormProps) {
  const { textField, switchField, domainList } = formControls({ draft, errors, locked, onChange });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <ScannerFields draft={draft} errors={errors} locked={locked} onChange={onChange} />

      <fieldset>
        <legend>{t('options.scans')}</legend>
        <fieldset class="choice">
          <legend>{t('options.screenshots')}</legend>
          {RESOLUTIONS.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                name="screenshotResolutions"
                value={r}
                checked={draft.screenshotResolutions.includes(r)}
                onChange={(e) =>
                  onChange({
                    screenshotResolutions: e.currentTarget.checked
                      ? [...draft.screenshotResolutions, r]
                      : draft.screenshotResolutions.filter((x) => x !== r),
                  })
                }
              />
              {resolutionLabel(r)}
            </label>
          ))}
          {errors.screenshotResolutions && <p class="error">{errors.screenshotResolutions}</p>}
        </fieldset>
        {switchField('autoScanOnHover', t('options.autoScanOnHover'))}
        {switchField('autoScanOnVisit', t('options.autoScanOnVisit'))}
        {switchField('autoScanOnClick', t('options.autoScanOnClick'))}
        {textField('dwellMs', t('options.dwellMs'), 'number')}
        {textField('cacheHours', t('options.cacheHours'), 'number')}
        {domainList(
          'neverScanDomains',
          t('options.neverScanDomains'),
          t('options.neverScanDomainsHint'),
          managedNeverScanDomains.length > 0
            ? t('options.managedNeverScanDomains', [managedNeverScanDomains.join(', ')])
            : undefined,
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options.warnings')}</legend>
        {switchField('showSafeBadges', t('options.showSafeBadges'))}
        {switchField('strictMode', t('options.strictMode'), t('options.strictModeHint'))}
        {domainList('trustedSites', t('options.trustedSites'), t('options.trustedSitesHint'))}
      </fieldset>

      <fieldset>
        <legend>{t('options.rate')}</legend>
        {textField('scanIntervalSeconds', t('options.scanInterval'), 'number', t('options.scanIntervalHint'))}
        {textField('pollInitialDelaySeconds', t('options.pollInitialDelay'), 'number')}
        {textField('pollIntervalSeconds', t('options.pollInterval'), 'number')}
        {textField('autoScanTabBudget', t('options.tabBudget'), 'number', t('options.tabBudgetHint'))}
        {textField('autoScanDailyBudget', t('options.dailyBudget'), 'number', t('options.dailyBudgetHint'))}
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('options.save')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onTestConnection}>
          {t('options.testConnection')}
        </button>
      </div>
    </form>
  );
}
