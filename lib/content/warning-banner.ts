import type { VerdictRow } from '../db/rows';
import { message } from '../i18n/message';

// Light or dark as the system is (`color-scheme` on the host drives CanvasText and light-dark()); --a is the
// kind's colour (heading, edge, "Go back", focus ring) and --b its tinted background, AA in both schemes.
// (Comments here and no spaces in the CSS: every byte ships in each page's content script.)
const STYLE = `
:host{all:initial!important;position:fixed!important;inset:0 0 auto 0!important;z-index:2147483647!important;display:block!important;color-scheme:light dark!important}
.banner{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:10px 16px;font:14px/1.4 system-ui,sans-serif;color:CanvasText;background:var(--b);border-bottom:4px solid var(--a);box-shadow:0 2px 8px #0006}
.malicious{--a:light-dark(#c62828,#f28b82);--b:light-dark(#fdecea,#3c1614)}
.suspicious{--a:light-dark(#b34700,#fbb05c);--b:light-dark(#fff3e0,#3a2612)}
.text{flex:1 1 320px}
strong{display:block;font-size:15px;color:var(--a)}
button{font:inherit;font-weight:600;color:inherit;background:none;border:1px solid var(--a);border-radius:6px;padding:4px 12px;cursor:pointer}
button:first-of-type{background:var(--a);color:var(--b)}
button:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.status:not(:empty){display:block;margin:8px auto 0;width:fit-content;max-width:90vw;padding:8px 14px;border-radius:6px;background:#202124;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px #0006}
`;

/** Long enough to read the confirmation; screen readers have announced it by then. */
const STATUS_MS = 8_000;

export interface BannerActions {
  /** "Trust this site": the background adds the page's site to the trusted sites. */
  trustSite(): Promise<unknown>;
  /** "Open the full report": the background opens the report page of this page's own verdict. */
  openReport(): Promise<unknown>;
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
      status.textContent = message('banner.trusted');
      setTimeout(() => host.remove(), STATUS_MS);
    } catch (error) {
      status.textContent = message('banner.trustFailed', [
        error instanceof Error ? error.message : String(error),
      ]);
    }
  }

  return {
    show(verdict: VerdictRow) {
      if (closed || (verdict.kind !== 'malicious' && verdict.kind !== 'suspicious')) return;
      banner?.remove();
      banner = element('div', '', `banner ${verdict.kind}`);
      banner.setAttribute('role', 'alert');
      const text = element('div', '', 'text');
      text.append(
        element('strong', message(`banner.${verdict.kind}`)),
        element('span', verdict.reasons.join(' ')),
      );
      banner.append(
        text,
        button(message('banner.goBack'), () => history.back()),
        button(message('banner.trust'), () => void trust()),
        button(message('banner.dismiss'), close),
      );
      // Scanlink's full report page, which links on to the scanner's own; a page cannot open it, the
      // background does (for this page's own verdict only).
      if (verdict.scanId) {
        const failed = (error: Error) => {
          status.textContent = error.message;
        };
        banner.append(button(message('banner.report'), () => void actions.openReport().catch(failed)));
      }
      root.insertBefore(banner, status);
      if (!host.isConnected) doc.documentElement.append(host);
    },
  };
}
