import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/translate';
import { hasHostAccess, onHostAccessChange, requestHostAccess } from '../lib/platform/host-access';

/**
 * Says so when Scanlink may not read websites (withdrawn in Firefox's add-on settings, or Chrome's
 * "Site access: On click") and asks for access again on a click. Shows nothing while access is granted,
 * and follows changes made in the browser's settings while the page is open.
 */
export function HostAccessNotice() {
  const [granted, setGranted] = useState<boolean>();
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const check = () =>
      hasHostAccess().then(setGranted, (error: unknown) =>
        console.error('Scanlink: could not read the access to websites', error),
      );
    void check();
    return onHostAccessChange(() => void check());
  }, []);

  if (granted !== false) return null;

  // The request is the first thing the click does: Firefox prompts only during the click itself.
  const ask = () => {
    requestHostAccess().then(
      (ok) => {
        setProblem(ok ? '' : t('hostAccess.declined'));
        if (ok) setGranted(true);
      },
      (error: Error) => setProblem(t('hostAccess.failed', [error.message])),
    );
  };

  return (
    <section class="host-access" aria-labelledby="host-access-heading">
      <h2 id="host-access-heading">{t('hostAccess.heading')}</h2>
      <p>{t('hostAccess.explanation')}</p>
      <button type="button" onClick={ask}>
        {t('hostAccess.allow')}
      </button>
      {problem && <p role="status">{problem}</p>}
    </section>
  );
}
