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
    const reasons = ['Cloudflare flagged this page as malicious.'];
    if (categories.length > 0) reasons.push(`Categories: ${categories.join(', ')}.`);
    if (phishing.length > 0) reasons.push(`Phishing detected: ${phishing.join(', ')}.`);
    return { kind: 'malicious', reasons, ...base };
  }
  const signals: string[] = [];
  if (phishing.length > 0) signals.push(`Phishing signals: ${phishing.join(', ')}.`);
  if (riskCategories.length > 0) signals.push(`Security risk categories: ${riskCategories.join(', ')}.`);
  if ((report.stats?.malicious ?? 0) > 0)
    signals.push(`${report.stats?.malicious} malicious requests on the page.`);
  if (signals.length > 0) return { kind: 'suspicious', reasons: signals, ...base };

  if (!report.task.success) {
    return { kind: 'unknown', reasons: ['The scanner could not load the page.'], ...base };
  }
  const status = Number(report.page?.status);
  if (!report.page?.url || !Number.isFinite(status) || status === 0 || status >= 400) {
    const answer = Number.isFinite(status) && status > 0 ? `answered HTTP ${status}` : 'gave no answer';
    return { kind: 'unknown', reasons: [`The page ${answer}, so there was nothing to judge.`], ...base };
  }
  return { kind: 'safe', reasons: ['No threats found.'], ...base };
}
