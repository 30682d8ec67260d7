import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCAN_PAGE_COMMAND } from '../lib/commands/scan-page-command';
import { t } from '../lib/i18n/translate';
import { canUse } from '../lib/platform/browser-features';

/**
 * The keyboard shortcut that scans the current page, as the browser has it now: the person may have
 * changed or removed it in the browser's extension shortcuts, so it is read, never assumed.
 */
export function ScanShortcut() {
  // Firefox for Android has no extension shortcuts: say so rather than read them.
  const listed = canUse('shortcutList');
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    if (!listed) return;
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === SCAN_PAGE_COMMAND)?.shortcut || null),
      () => setShortcut(null),
    );
  }, [listed]);
  if (!listed) {
    return (
      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('shortcut.heading')}</h2>
        <p>{t('shortcut.unavailable')}</p>
      </section>
    );
  }
  if (shortcut === undefined) return null;
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcut.heading')}</h2>
      <p>
        {shortcut ? (
          <>
            {t('shortcut.scanPage')} <kbd>{shortcut}</kbd>
          </>
        ) : (
          t('shortcut.none')
        )}{' '}
        {t('shortcut.whereToChange')}
      </p>
    </section>
  );
}
