import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import type { ProviderVerdict } from '../providers/scan-provider';
import { redirectChainOf } from './redirect-chain';
import type { UrlscanResult, VerdictBlock } from './schemas';

/**
 * urlscan.io's score runs from −100 (legitimate) to 100 (malicious); 0 means it has no opinion. Any
 * positive score leans malicious, so from 1 up a page is at least suspicious even without the verdict.
 */
export const SUSPICIOUS_SCORE = 1;

const unique = (items: (string | undefined)[]) => [...new Set(items.filter((s): s is string => !!s?.trim()))];

/**
 * The risk is the malicious half of the score (0..100 → 0..1). The negative half says how sure urlscan.io
 * is that the page is legitimate, which is "no risk" rather than a smaller one, so it maps to 0.
 */
export function riskFromScore(score: number): number {
  return Math.min(1, Math.max(0, score) / 100);
}

/** Brand names, preferring the display name urlscan.io's own verdict gives for an id ("paypal" → "PayPal"). */
function brandNames(
  overall: VerdictBlock | null | undefined,
  own: VerdictBlock | null | undefined,
): string[] {
  const names = new Map<string, string>();
  for (const brand of own?.brands ?? []) {
    if (typeof brand !== 'string' && brand.key && brand.name) names.set(brand.key.toLowerCase(), brand.name);
  }
  const ids = [...(overall?.brands ?? []), ...(own?.brands ?? [])].map((b) =>
    typeof b === 'string' ? b : (b.key ?? b.name),
  );
  return unique(ids.map((id) => (id ? (names.get(id.toLowerCase()) ?? id) : undefined)));
}

/** A page the scanner never saw (no final URL, no answer, or an HTTP error) is not evidence of safety. */
function loadFailure(result: UrlscanResult): string | undefined {
  if (!result.page?.url) return t('reasons.urlscan.couldNotLoad');
  const status = result.page.status === undefined ? undefined : Number(result.page.status);
  if (status === undefined) return undefined;
  if (!Number.isFinite(status) || status === 0) return t('reasons.pageNoAnswer');
  if (status >= 400) return t('reasons.pageStatus', [String(status)]);
  return undefined;
}

/** Reads the verdict out of a finished urlscan.io result. Signals first: a cloaked page can still be flagged. */
export function verdictFromResult(result: UrlscanResult): ProviderVerdict {
  const overall = result.verdicts?.overall;
  const own = result.verdicts?.urlscan;
  const score = overall?.score ?? own?.score ?? undefined;
  const categories = unique([...(overall?.categories ?? []), ...(own?.categories ?? [])]);
  const brands = brandNames(overall, own);
  const finalUrl = result.page?.url ?? undefined;
  const redirectChain = redirectChainOf(result);
  const base = {
    categories,
    ...(finalUrl ? { finalUrl } : {}),
    ...(score === undefined ? {} : { riskScore: riskFromScore(score) }),
    ...(redirectChain ? { redirectChain } : {}),
  };
  const details = [
    ...brands.map((name) => t('reasons.urlscan.imitates', [name])),
    ...(categories.length > 0 ? [t('reasons.categories', [categories.join(', ')])] : []),
  ];

  if (!result.verdicts || (!overall && !own)) {
    return { kind: 'unknown', reasons: [t('reasons.urlscan.noVerdict')], ...base };
  }
  if (overall?.malicious === true || own?.malicious === true) {
    return {
      kind: 'malicious',
      reasons: [t('reasons.urlscan.malicious'), ...details],
      ...base,
    };
  }
  if ((score ?? 0) >= SUSPICIOUS_SCORE || brands.length > 0 || categories.length > 0) {
    const scored =
      score !== undefined && score >= SUSPICIOUS_SCORE
        ? [t('reasons.urlscan.score', [formatNumber(score)])]
        : [t('reasons.urlscan.signs')];
    return { kind: 'suspicious', reasons: [...scored, ...details], ...base };
  }
  const failure = loadFailure(result);
  if (failure) return { kind: 'unknown', reasons: [failure], ...base };
  return { kind: 'safe', reasons: [t('reasons.urlscan.safe')], ...base };
}
