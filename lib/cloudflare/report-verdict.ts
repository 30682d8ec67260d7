import { formatNumber } from '../i18n/locale-format';
import { t } from '../i18n/translate';
import type { ProviderVerdict } from '../providers/scan-provider';
import type { ScanReport } from './result-schema';

const unique = (items: (string | undefined)[]) => [...new Set(items.filter((s): s is string => !!s))];

/**
 * Reads the verdict out of a finished v2 report. A 200 means finished, not succeeded: a failed scan or a
 * page the scanner could not see is "unknown", never "safe".
 */
export function verdictFromReport(report: ScanReport): ProviderVerdict {
  const processors = report.meta?.processors;
  const overall = report.verdicts.overall;
  const phishing = unique([...(processors?.phishing?.data ?? []), ...(processors?.phishing_v2?.data ?? [])]);
  const riskCategories = unique(
    (processors?.urlCategories?.data ?? []).flatMap((c) => [
      ...(c.risks ?? []).map((r) => r.name),
      ...(c.inherited?.risks ?? []).map((r) => r.name),
    ]),
  );
  const categories = unique([...(overall.categories ?? []), ...riskCategories]);
  const finalUrl = report.page?.url ?? undefined;
  const base = { categories, ...(finalUrl ? { finalUrl } : {}) };

  // Signals first: a cloaked page that shows the scanner an error can still be flagged.
  if (overall.malicious) {
    const reasons = [t('reasons.cloudflare.malicious')];
    if (categories.length > 0) reasons.push(t('reasons.categories', [categories.join(', ')]));
    if (phishing.length > 0) reasons.push(t('reasons.cloudflare.phishingDetected', [phishing.join(', ')]));
    return { kind: 'malicious', reasons, ...base };
  }
  const signals: string[] = [];
  if (phishing.length > 0) signals.push(t('reasons.cloudflare.phishingSignals', [phishing.join(', ')]));
  if (riskCategories.length > 0)
    signals.push(t('reasons.cloudflare.riskCategories', [riskCategories.join(', ')]));
  const maliciousRequests = report.stats?.malicious ?? 0;
  if (maliciousRequests > 0) {
    signals.push(
      t('reasons.cloudflare.maliciousRequests', maliciousRequests, [formatNumber(maliciousRequests)]),
    );
  }
  if (signals.length > 0) return { kind: 'suspicious', reasons: signals, ...base };

  if (!report.task.success) {
    return { kind: 'unknown', reasons: [t('reasons.cloudflare.couldNotLoad')], ...base };
  }
  const status = Number(report.page?.status);
  if (!report.page?.url || !Number.isFinite(status) || status === 0 || status >= 400) {
    const reason =
      Number.isFinite(status) && status > 0
        ? t('reasons.pageStatus', [String(status)])
        : t('reasons.pageNoAnswer');
    return { kind: 'unknown', reasons: [reason], ...base };
  }
  return { kind: 'safe', reasons: [t('reasons.cloudflare.safe')], ...base };
}
