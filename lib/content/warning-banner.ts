import type { VerdictRow } from '../db/rows';
import { radarReportUrl } from './report-link';

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
`;

const HEADLINE = {
  malicious: 'Scanlink: this page was reported malicious.',
  suspicious: 'Scanlink: this page looks suspicious.',
} as const;

/**
 * The warning on a malicious or suspicious page: in its own shadow root (the page's CSS cannot hide or
 * restyle it), fixed over the top of the page, read out at once (`role="alert"`). Report strings are text.
 */
export function showWarningBanner(doc: Document, verdict: VerdictRow, signal: AbortSignal): void {
  if (verdict.kind !== 'malicious' && verdict.kind !== 'suspicious') return;
  doc.querySelector('scanlink-banner')?.remove();
  const host = doc.createElement('scanlink-banner');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;

  const banner = doc.createElement('div');
  banner.className = `banner ${verdict.kind}`;
  banner.setAttribute('role', 'alert');
  const text = doc.createElement('div');
  text.className = 'text';
  const headline = doc.createElement('strong');
  headline.textContent = HEADLINE[verdict.kind];
  const why = doc.createElement('span');
  why.textContent = verdict.reasons.join(' ');
  text.append(headline, why);

  const back = doc.createElement('button');
  back.type = 'button';
  back.textContent = 'Go back';
  back.addEventListener('click', (event) => {
    if (event.isTrusted) history.back();
  });
  banner.append(text, back);
  if (verdict.scanId) {
    const report = doc.createElement('a');
    report.href = radarReportUrl(verdict.scanId);
    report.target = '_blank';
    report.rel = 'noopener noreferrer';
    report.textContent = 'View the report';
    banner.append(report);
  }
  root.append(style, banner);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());
}
