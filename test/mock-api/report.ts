import { type Report, reportTemplate } from './fixture';
import { buildData } from './report-data';
import { buildProcessors } from './report-meta';
import { buildLists, buildStats } from './report-stats';
import { resourcesFor } from './resources';
import type { ScannerUrls } from './scanner-urls';
import { profileFor } from './site-profile';
import type { ScanRecord } from './types';

/** The full 200 report for a finished scan: the template, every section filled in for this site. */
export function buildReport(scan: ScanRecord, urls: ScannerUrls): Report {
  const profile = profileFor(scan.url);
  const resources = resourcesFor(profile);
  const loaded = resources.length > 0;
  const report = reportTemplate();

  report.data = buildData(profile, resources, scan.submittedAt);
  report.lists = buildLists(profile, resources, scan.submittedAt);
  report.meta.processors = buildProcessors(profile, resources);
  report.stats = buildStats(profile, resources);
  report.scanner = { colo: 'AMS', country: 'NL' };

  const document = resources[0];
  const tlsValidFrom = new Date(scan.submittedAt - 30 * 86_400_000);
  report.page = {
    apexDomain: profile.apex,
    asn: loaded ? `AS${profile.asn}` : '',
    asnname: loaded ? profile.asnName : '',
    city: loaded ? profile.city : '',
    country: loaded ? profile.country : '',
    domain: profile.host,
    ip: loaded ? profile.ip : '',
    mimeType: document?.mimeType ?? '',
    server: document?.server ?? '',
    // A page the browser never got is reported with status "0" and no title.
    status: String(document?.status ?? 0),
    title: profile.title,
    tlsAgeDays: loaded && profile.secure ? 30 : 0,
    tlsIssuer: loaded && profile.secure ? 'WE1' : '',
    tlsValidDays: loaded && profile.secure ? 90 : 0,
    tlsValidFrom: loaded && profile.secure ? tlsValidFrom.toISOString() : '',
    url: profile.url,
    screenshot: {
      dhash: document ? document.hash.slice(0, 16) : '0000000000000000',
      mm3Hash: document ? Number.parseInt(document.hash.slice(16, 24), 16) | 0 : 0,
      name: `${scan.uuid}.png`,
      phash: document ? document.hash.slice(24, 40) : '0000000000000000',
    },
  };

  report.task = {
    apexDomain: profile.apex,
    domain: profile.host,
    domURL: urls.dom(scan.uuid),
    method: 'api',
    options: { customHeaders: { ...scan.customHeaders }, screenshotsResolutions: [...scan.resolutions] },
    reportURL: urls.radar(scan.uuid),
    screenshotURL: urls.screenshot(scan.uuid),
    source: 'api',
    // "Finished" is not "succeeded": a scan of a page that never loaded still finishes.
    success: loaded,
    time: new Date(scan.submittedAt).toISOString(),
    url: scan.url,
    uuid: scan.uuid,
    visibility: scan.visibility,
  };

  const malicious = profile.verdict === 'malicious';
  report.verdicts = {
    overall: {
      categories: malicious ? ['Phishing'] : [],
      hasVerdicts: malicious,
      malicious,
      tags: malicious ? ['CredentialHarvester'] : [],
    },
  };
  return report;
}
