import type { ScreenshotResolution } from '../lib/cloudflare/api-schemas';
import type { OptionsDraft } from '../lib/settings/options-draft';
import { formControls } from './form-controls';
import { ScannerFields } from './scanner-fields';

interface OptionsFormProps {
  draft: OptionsDraft;
  errors: Partial<Record<keyof OptionsDraft, string>>;
  busy: boolean;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onSave: () => void;
  onTestConnection: () => void;
}

const RESOLUTIONS: ScreenshotResolution[] = ['desktop', 'mobile', 'tablet'];

export function OptionsForm({ draft, errors, busy, onChange, onSave, onTestConnection }: OptionsFormProps) {
  const { textField, switchField, domainList } = formControls({ draft, errors, onChange });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <ScannerFields draft={draft} errors={errors} onChange={onChange} />

      <fieldset>
        <legend>Scans</legend>
        <fieldset class="choice">
          <legend>Screenshots</legend>
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
              {r}
            </label>
          ))}
          {errors.screenshotResolutions && <p class="error">{errors.screenshotResolutions}</p>}
        </fieldset>
        {switchField('autoScanOnHover', 'Scan links I rest the pointer on')}
        {switchField('autoScanOnVisit', 'Scan pages I visit')}
        {switchField('autoScanOnClick', 'Scan links I open, as soon as I click them')}
        {textField('dwellMs', 'Dwell time before a link is scanned (ms)', 'number')}
        {textField('cacheHours', 'Keep verdicts for (hours)', 'number')}
        {domainList(
          'neverScanDomains',
          'Never scan these domains',
          'One per line. example.com covers its subdomains; *.example.com only the subdomains.',
        )}
      </fieldset>

      <fieldset>
        <legend>Warnings</legend>
        {switchField('showSafeBadges', 'Mark links with no threats found')}
        {switchField(
          'strictMode',
          'Strict mode: hold links I open until their verdict is in',
          'A link not yet known to be safe opens on Scanlink’s checking page first.',
        )}
        {domainList(
          'trustedSites',
          'Trusted sites',
          'One host name per line: no warnings and no scans on visit there. *.example.com covers the subdomains. Remove a line to undo “Trust this site”.',
        )}
      </fieldset>

      <fieldset>
        <legend>Rate and polling</legend>
        {textField(
          'scanIntervalSeconds',
          'Seconds between scans',
          'number',
          'Free and self-serve accounts may submit one scan every 10 seconds.',
        )}
        {textField('pollInitialDelaySeconds', 'First result check after (seconds)', 'number')}
        {textField('pollIntervalSeconds', 'Then check every (seconds)', 'number')}
        {textField(
          'autoScanTabBudget',
          'Automatic scans per tab per day',
          'number',
          'Links rested on and pages visited. Past this, a tab’s automatic scans pause until you scan something yourself there.',
        )}
        {textField(
          'autoScanDailyBudget',
          'Automatic scans per day',
          'number',
          'Past this, automatic scans pause until tomorrow or until you resume them in the popup. A Free account has 5,000 scans a month.',
        )}
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onTestConnection}>
          Test connection
        </button>
      </div>
    </form>
  );
}
