import type { VerdictRow } from '../db/rows';
import { radarReportUrl } from '../report/radar-link';

const STYLE = `
:host { all: initial !important; position: fixed !important; inset: 0 0 auto 0 !important;
  z-index: 2147483647 !important; display: block !important; }
.banner { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 16px;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; box-shadow: 0 2px 8px #0006; }
.malicious { background: #b71c1c; }
.suspicious { background: #e65100; }
.text { flex: 1 1 320px; }
strong { display: block; font-size: 15px; }
button, a { font: inherit; font-weight: 600; color: #fff; background: #0003; border: 1px solid #fffa;
  border-radius: 6px; padding: 4px 12px; cursor: pointer; text-decoration: none; }
button:focus-visible, a:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
.status:not(:empty) { display: block; margin: 8px auto 0; width: fit-content; max-width: 90vw; padding: 8px 14px;
  border-radius: 6px; background: #202124; color: #fff; font: 14px/1.4 system-ui, sans-serif;
  box-shadow: 0 2px 8px #0006; }
`;

const HEADLINE = {
  malicious: 'Scanlink: this page was reported malicious.',
  suspicious: 'Scanlink: this page looks suspicious.',
} as const;

const TRUSTED_MESSAGE = 'Scanlink will not warn about this site again. Undo in the options.';
/** Long enough to read the confirmation; screen readers have announced it by then. */
const STATUS_MS = 8_000;

export interface BannerActions {
  /** "Trust this site": the background adds the page's site to the trusted sites. */
  trustSite(): Promise<unknown>;
}

/**
 * The warning on a malicious or suspicious page: in its own shadow root (the page's CSS cannot hide or
 * restyle it), fixed over the top of the page, read out at once (`role="alert"`). Report strings are text.
 * Once the person trusts the site or dismisses the warning, it stays away for this page view.
 */
export function createWarningBanner(doc: Document, signal: AbortSignal, actions: BannerActions) {
  const host = doc.createElement('scanlink-banner');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const status = doc.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  root.append(style, status);
  let banner: HTMLElement | undefined;
  let closed = false;
  signal.addEventListener('abort', () => host.remove());

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = '') => {
    const node = doc.createElement(tag);
    node.textContent = text;
    node.className = className;
    return node;
  };
  // Only the person's own click counts: a page script's `button.click()` is not trusted.
  const button = (label: string, onClick: () => void) => {
    const node = element('button', label);
    node.type = 'button';
    node.addEventListener(
      'click',
      (event) => {
        if (event.isTrusted) onClick();
      },
      { signal },
    );
    return node;
  };
  const close = () => {
    closed = true;
    banner?.remove();
  };

  async function trust() {
    try {
      await actions.trustSite();
      close();
      status.textContent = TRUSTED_MESSAGE;
      setTimeout(() => host.remove(), STATUS_MS);
    } catch (error) {
      status.textContent = `Scanlink could not trust this site: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  return {
    show(verdict: VerdictRow) {
      if (closed || (verdict.kind !== 'malicious' && verdict.kind !== 'suspicious')) return;
      banner?.remove();
      banner = element('div', '', `banner ${verdict.kind}`);
      banner.setAttribute('role', 'alert');
      const text = element('div', '', 'text');
      text.append(element('strong', HEADLINE[verdict.kind]), element('span', verdict.reasons.join(' ')));
      banner.append(
        text,
        button('Go back', () => history.back()),
        button('Trust this site', () => void trust()),
        button('Dismiss', close),
      );
      // The scanner's own report page; rows from before there was a choice of scanner are Cloudflare's.
      const reportUrl = verdict.reportUrl ?? (verdict.scanId ? radarReportUrl(verdict.scanId) : undefined);
      if (reportUrl?.startsWith('https://')) {
        const report = element('a', 'View the report');
        report.href = reportUrl;
        report.target = '_blank';
        report.rel = 'noopener noreferrer';
        banner.append(report);
      }
      root.insertBefore(banner, status);
      if (!host.isConnected) doc.documentElement.append(host);
    },
  };
}
