import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SCAN_PAGE_COMMAND } from '../lib/commands/scan-page-command';

/**
 * The keyboard shortcut that scans the current page, as the browser has it now: the person may have
 * changed or removed it in the browser's extension shortcuts, so it is read, never assumed.
 */
export function ScanShortcut() {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === SCAN_PAGE_COMMAND)?.shortcut || null),
      () => setShortcut(null),
    );
  }, []);
  if (shortcut === undefined) return null;
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        {shortcut ? (
          <>
            Scan the current page: <kbd>{shortcut}</kbd>.
          </>
        ) : (
          'Scanning the current page has no shortcut set.'
        )}{' '}
        Change it in your browser’s extension shortcuts (in Chrome, chrome://extensions/shortcuts).
      </p>
    </section>
  );
}
