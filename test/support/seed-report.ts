import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The example report from Cloudflare's v2 "Get URL scan" documentation, copied into our fixtures. */
export function seedReport(): Record<string, unknown> {
  const path = resolve(import.meta.dirname, '../fixtures/cloudflare/result-seed.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export type ReportOutcome = 'safe' | 'malicious' | 'suspicious' | 'failed';

/** A realistic finished report for `url`, built on the seed with the fields the verdict depends on. */
export function reportFor(url: string, uuid: string, time: string, outcome: ReportOutcome = 'safe') {
  const report = seedReport() as {
    task: Record<string, unknown>;
    page: Record<string, unknown>;
    verdicts: { overall: Record<string, unknown> };
    meta: { processors: Record<string, { data: unknown[] }> };
    stats: Record<string, unknown>;
  };
  report.task = { ...report.task, uuid, url, time, success: outcome !== 'failed', visibility: 'unlisted' };
  report.task.options = { screenshotsResolutions: ['desktop'] };
  report.page = { ...report.page, url, status: outcome === 'failed' ? '0' : '200', title: 'A page' };
  report.verdicts.overall = {
    malicious: outcome === 'malicious',
    hasVerdicts: true,
    categories: outcome === 'malicious' ? ['Phishing'] : [],
    tags: [],
  };
  const processors = report.meta.processors;
  processors.phishing = { data: outcome === 'malicious' ? ['CredentialHarvester'] : [] };
  processors.phishing_v2 = { data: outcome === 'suspicious' ? ['LookalikeLogin'] : [] };
  processors.urlCategories = { data: [] };
  report.stats = { ...report.stats, malicious: 0 };
  return report;
}
