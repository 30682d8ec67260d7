import type { ScanReport } from '../cloudflare/result-schema';
import { uiLocale } from '../i18n/locale-format';
import { consoleErrorsOf, type TlsSummary, text, time, tlsOf, unique } from './summary-fields';

/**
 * What the popup shows of a Cloudflare or urlscan.io report (siblings in shape). Every string is report
 * data: display it as text only. Fields one scanner does not have are absent, and then not shown.
 */
export interface ReportSummary {
  scanId: string;
  finalUrl?: string;
  title?: string;
  domain?: string;
  ip?: string;
  /** "AS64510", as the report spells it. */
  asn?: string;
  asnName?: string;
  /** ISO 3166 country code. */
  country?: string;
  server?: string;
  tls?: TlsSummary;
  categories: string[];
  /** Cloudflare's phishing detections; absent for urlscan.io, which has none. */
  phishing?: string[];
  /** urlscan.io: the brands the page imitates. */
  brands?: string[];
  /** urlscan.io's verdict score, −100 (legitimate) to 100 (malicious). */
  score?: number;
  /** urlscan.io: from the submitted URL to the final one, when the page moved. */
  redirectChain?: string[];
  radarRank?: { rank?: number; bucket?: string };
  technologies: string[];
  counts: { requests: number; domains: number; cookies: number; consoleErrors: number };
  consoleErrors: string[];
  /** When the scanner scanned the page (ms since the epoch). */
  scannedAt?: number;
  visibility?: string;
}

function radarRankOf(report: ScanReport): ReportSummary['radarRank'] {
  const entry = report.meta?.processors?.radarRank?.data?.[0];
  const rank = entry?.rank || undefined;
  const bucket = text(entry?.bucket);
  if (rank === undefined && bucket === undefined) return undefined;
  return { rank, bucket };
}

export function summariseReport(report: ScanReport): ReportSummary {
  const { page, data, task } = report;
  const processors = report.meta?.processors;
  const consoleErrors = consoleErrorsOf(data?.console ?? []);
  const categories = unique([
    ...(report.verdicts.overall.categories ?? []),
    ...(processors?.urlCategories?.data ?? []).flatMap((c) => [
      ...(c.content ?? []).map((content) => content.name),
      ...(c.risks ?? []).map((risk) => risk.name),
      ...(c.inherited?.risks ?? []).map((risk) => risk.name),
    ]),
  ]);
  return {
    scanId: task.uuid,
    finalUrl: text(page?.url),
    title: text(page?.title),
    domain: text(page?.domain),
    ip: text(page?.ip),
    asn: text(page?.asn),
    asnName: text(page?.asnname),
    country: text(page?.country),
    server: text(page?.server),
    tls: tlsOf(page),
    radarRank: radarRankOf(report),
    scannedAt: time(task.time),
    visibility: text(task.visibility),
    categories,
    phishing: unique([...(processors?.phishing?.data ?? []), ...(processors?.phishing_v2?.data ?? [])]),
    technologies: unique((processors?.wappa?.data ?? []).map((tech) => tech.app)),
    counts: {
      requests: data?.requests?.length ?? 0,
      domains: report.lists?.domains?.length ?? report.stats?.domainStats?.length ?? 0,
      cookies: data?.cookies?.length ?? 0,
      consoleErrors: consoleErrors.length,
    },
    consoleErrors: consoleErrors.filter((message) => message.trim() !== ''),
  };
}

/** "Seychelles (SC)" (in German "Seychellen (SC)") for a country code; the code alone when the browser does not know it. */
export function countryLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames([uiLocale()], { type: 'region' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code})` : code;
  } catch {
    // Intl throws RangeError on anything that is not a well-formed region code.
    return code;
  }
}
