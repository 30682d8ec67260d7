import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostAccessNotice } from '../../components/host-access-notice';
import type { ScanRow } from '../../lib/db/rows';
import { t } from '../../lib/i18n/translate';
import { AutoScans } from './auto-scans';
import { CurrentPage } from './current-page';
import { currentTab } from './current-tab';
import { ScanDetails } from './scan-details';
import { ScanHistory } from './scan-history';

const openOptions = () => void browser.runtime.openOptionsPage();

/** The current page's verdict and report, the history, and one opened history entry at a time. */
export function PopupPage() {
  const [url, setUrl] = useState<string>();
  const [tabId, setTabId] = useState<number>();
  const [note, setNote] = useState('');
  const [opened, setOpened] = useState<ScanRow>();
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    currentTab().then(
      (tab) => {
        setTabId(tab?.id);
        if (tab?.url) setUrl(tab.url);
        else setNote(t('popup.noPage'));
      },
      (error: Error) => setNote(error.message),
    );
  }, []);

  // Back from an entry: focus returns to the entry that opened it. The list stays mounted (only
  // hidden) meanwhile, so its filter and scroll position are as the person left them.
  useEffect(() => {
    if (!opened) opener.current?.focus();
  }, [opened]);

  const open = (scan: ScanRow) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened(scan);
  };

  return (
    <main>
      <h1>{t('extension.name')}</h1>
      <HostAccessNotice />
      <div hidden={!!opened}>
        {url ? <CurrentPage url={url} onOpenOptions={openOptions} /> : note && <p>{note}</p>}
        <AutoScans tabId={tabId} />
        <ScanHistory onOpen={open} />
        <p>
          <a href="/options.html" target="_blank" rel="noreferrer">
            {t('popup.options')}
          </a>
        </p>
      </div>
      {opened && <ScanDetails scan={opened} onBack={() => setOpened(undefined)} />}
    </main>
  );
}
