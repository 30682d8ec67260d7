import type { Report } from '../mock-api/fixture';
import { buildReport } from '../mock-api/report';
import type { ScannerUrls } from '../mock-api/scanner-urls';
import type { ScanRecord } from '../mock-api/types';
import type { UrlscanRecord } from './types';
import { type Outcome, outcomeOf, verdictsFor } from './verdict';

// urlscan.io's result and Cloudflare's v2 report are one family (Cloudflare adopted urlscan.io's format):
// the Cloudflare mock's builders fill in `data`, `lists` and `stats` for the same simulated site, and this
// module reshapes `task`, `page`, `meta` and `verdicts` the urlscan.io way.

/** The urlscan.io result JSON, and the same scan in the Cloudflare mock's shape for its search matcher. */
export type BuiltScan = ReturnType<typeof buildScan>;

export function urlsFor(baseUrl: string): ScannerUrls {
  return {
    result: (uuid) => `${baseUrl}/api/v1/result/${uuid}/`,
    screenshot: (uuid) => `${baseUrl}/screenshots/${uuid}.png`,
    dom: (uuid) => `${baseUrl}/dom/${uuid}/`,
    har: (uuid) => `${baseUrl}/har/${uuid}/`,
    radar: (uuid) => `https://urlscan.io/result/${uuid}/`,
  };
}

export function buildScan(scan: UrlscanRecord, urls: ScannerUrls) {
  const outcome = outcomeOf(scan);
  const record: ScanRecord = {
    uuid: scan.uuid,
    url: scan.url,
    // The Cloudflare model knows no "private"; only the task below shows the visibility.
    visibility: scan.visibility === 'public' ? 'public' : 'unlisted',
    submittedAt: scan.submittedAt,
    readyAt: scan.readyAt,
    ownerAccountId: 'mock',
    resolutions: ['desktop'],
    customHeaders: {},
    ...(scan.customagent === undefined ? {} : { customagent: scan.customagent }),
  };
  const base = buildReport(record, urls);
  const verdicts = verdictsFor(scan, outcome);
  const searchable: Report = structuredClone(base);
  searchable.task.visibility = scan.visibility;
  searchable.verdicts.overall.malicious = verdicts.overall.malicious;

  const { screenshot: _cloudflareOnly, ...page } = base.page;
  const { asn, geoip, wappa } = base.meta.processors;
  const userAgent = scan.customagent ?? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/139.0.0.0';
  const result = {
    data: base.data,
    stats: base.stats,
    lists: base.lists,
    meta: { processors: { asn, geoip, wappa, umbrella: { data: [] } } },
    task: {
      uuid: scan.uuid,
      time: new Date(scan.submittedAt).toISOString(),
      url: scan.url,
      visibility: scan.visibility,
      method: 'api',
      source: 'mock',
      tags: scan.tags,
      options: { useragent: userAgent, ...(scan.referer === undefined ? {} : { referer: scan.referer }) },
      userAgent,
      reportURL: `https://urlscan.io/result/${scan.uuid}/`,
      screenshotURL: urls.screenshot(scan.uuid),
      domURL: urls.dom(scan.uuid),
      apexDomain: base.task.apexDomain,
      domain: base.task.domain,
    },
    // A page the browser never reached has no final URL.
    page:
      outcome === 'unreachable' ? { domain: page.domain, apexDomain: page.apexDomain, status: '0' } : page,
    verdicts,
    submitter: { country: 'DE' },
    scanner: { country: 'de' },
  };
  return { outcome: outcome as Outcome, result, searchable };
}
