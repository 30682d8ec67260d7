import { uiLocale } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import type { ProviderVerdict } from '../providers/scan-provider';
import { layerFindings } from './layer-reasons';
import { layersOf, type ScanUrlReport } from './schemas';

// The verdict words ScanURL documents (API.md; seed 003's example shows "Trusted"). Neither source
// describes them, so the mapping reads the words and their order, mildest to gravest:
// - "Trusted": ScanURL's all-clear → safe.
// - "Elevated Risk": more risk than normal, but no claim of fraud → suspicious.
// - "Potential Fraud Risk": the gravest of the three and the only one naming fraud → malicious.
//   "Potential" hedges, but it is ScanURL's top tier: calling it suspicious would leave no ScanURL
//   answer that ever reads as malicious, and a fraud page is what the user most needs stopped.
// A documented word wins over a risk score that disagrees with it: the final verdict is ScanURL's own
// fusion of the layers, and the layers' findings are shown beside it anyway.
const DOCUMENTED: Readonly<Record<string, ProviderVerdict['kind']>> = {
  trusted: 'safe',
  'elevated risk': 'suspicious',
  'potential fraud risk': 'malicious',
};

// Words ScanURL has not documented (the full set is unverified) are judged by its 0–1 `risk_score`,
// with the same cut-offs the layers' sub-scores suggest: from 0.7 malicious, from 0.3 suspicious, below
// that safe. Without a score there is nothing to judge by: unknown.
export const MALICIOUS_FROM = 0.7;
export const SUSPICIOUS_FROM = 0.3;

const MAX_VERDICT_TEXT = 80;
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function kindFromScore(score: number): ProviderVerdict['kind'] {
  if (score >= MALICIOUS_FROM) return 'malicious';
  return score >= SUSPICIOUS_FROM ? 'suspicious' : 'safe';
}

/** Only web addresses: these strings come from the API and a page may render them as links. */
function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** From the submitted URL through the HTTP hops and script navigations to where the page settled. */
export function redirectChainOf(report: ScanUrlReport): string[] {
  const redirect = layersOf(report).redirect;
  if (!redirect) return [];
  const steps = [
    redirect.initial_url,
    ...(redirect.http_chain ?? []),
    ...(redirect.js_navigations ?? []),
    redirect.final_url,
  ];
  return [...new Set(steps.map(webUrl).filter((url): url is string => url !== undefined))];
}

/** Reads ScanURL's answer into the common verdict. A scan that did not succeed is never "safe". */
export function verdictFromReport(report: ScanUrlReport): ProviderVerdict {
  const findings = layerFindings(report);
  const said = report.final_verdict?.trim().slice(0, MAX_VERDICT_TEXT) || undefined;
  const score = report.risk_score ?? undefined;
  const finalUrl = webUrl(layersOf(report).redirect?.final_url);
  const redirectChain = redirectChainOf(report);
  const confidence = report.confidence === undefined ? '' : String(report.confidence).trim().slice(0, 40);
  const base = {
    categories: findings.categories,
    ...(finalUrl ? { finalUrl } : {}),
    ...(redirectChain.length > 0 ? { redirectChain } : {}),
    ...(score !== undefined ? { riskScore: score } : {}),
    ...(confidence ? { confidence } : {}),
    ...(said ? { providerVerdict: said } : {}),
  };

  if (normalise(report.status ?? '') !== 'success') {
    // ScanURL's docs: a failed request does not mean the URL is safe.
    const reason = report.status
      ? t('reasons.scanurl.notCompleted', [report.status.slice(0, 40)])
      : t('reasons.scanurl.notCompletedNoStatus');
    return { kind: 'unknown', reasons: [reason, ...findings.reasons], ...base };
  }
  const documented = said === undefined ? undefined : DOCUMENTED[normalise(said)];
  if (documented && said) {
    const reason = t('reasons.scanurl.verdict', [said]);
    return { kind: documented, reasons: [reason, ...findings.reasons], ...base };
  }
  if (score === undefined) {
    const reason = t('reasons.scanurl.unknownWord', [String(said)]);
    return { kind: 'unknown', reasons: [reason, ...findings.reasons], ...base };
  }
  const shownScore = score.toLocaleString(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const reason = t('reasons.scanurl.unknownWordScored', [String(said), shownScore]);
  return { kind: kindFromScore(score), reasons: [reason, ...findings.reasons], ...base };
}
