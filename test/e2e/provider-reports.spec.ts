import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { urlscanFixture } from '../fixtures/urlscan/load';
import { writeRows } from './support/extension-state';
import { type Extension, expect, test } from './support/fixtures';
import { configureThroughOptions } from './support/options-form';
import { reportField } from './support/popup';

// Until the options offer a choice of scanner, reports from urlscan.io and ScanURL are planted as the
// pipeline stores them (a `scans` row and a `reports` row naming its provider), then opened from the
// popup's history as a person would.

// biome-ignore lint/suspicious/noExplicitAny: the seed's answer is edited freely per test.
type Raw = Record<string, any>;

/** Seed 003's `data`: what the ScanURL provider stores as the report. */
function scanUrlSeed(): Raw {
  const path = resolve(import.meta.dirname, '../fixtures/scanurl/response-seed.json');
  return JSON.parse(readFileSync(path, 'utf8')).data;
}

async function plantScan(extension: Extension, url: string, scanId: string, provider: string, report: Raw) {
  const scan = { url, kind: 'safe', reasons: ['Planted.'], categories: [], scanId, finishedAt: Date.now() };
  await writeRows(extension.worker, 'scans', [{ ...scan, reused: false }]);
  await writeRows(extension.worker, 'reports', [{ scanId, provider, report }]);
}

/** Opens the popup's history entry for `url` and gives back its report region. */
async function openReport(extension: Extension, url: string): Promise<{ popup: Page; report: Locator }> {
  const popup = await extension.page('popup.html');
  await popup.getByRole('region', { name: 'Recent scans' }).getByRole('button', { name: url }).click();
  const details = popup.getByRole('region', { name: 'Saved scan' });
  return { popup, report: details.getByRole('region', { name: 'Report' }) };
}

async function expectFields(scope: Locator, fields: readonly (readonly [string, string | RegExp])[]) {
  for (const [term, value] of fields) await expect(reportField(scope, term)).toHaveText(value);
}

test.beforeEach(async ({ extension, mockApi }) => {
  // Saving the options opens the database, so the planted rows land in the real stores.
  const options = await configureThroughOptions(extension, mockApi, { noVisitScans: true });
  await options.close();
});

test('a ScanURL report shows its verdict, redirect chain and every layer of seed 003', async ({
  extension,
}) => {
  await plantScan(
    extension,
    'https://www.facebook.com/',
    'scanurl-m1x2y3-1a2b3c4d',
    'scanurl',
    scanUrlSeed(),
  );
  const { popup, report } = await openReport(extension, 'https://www.facebook.com/');
  const section = (name: string) => report.getByRole('region', { name, exact: true });

  await expectFields(section('ScanURL verdict'), [
    ['Final verdict', 'Trusted'],
    ['Confidence', 'high'],
    ['Risk score', '0%'],
  ]);
  await expectFields(section('Redirects'), [
    ['Initial URL', 'https://www.facebook.com/'],
    ['Final URL', 'https://www.facebook.com/'],
    ['Redirects', '0'],
    ['Too many redirects', 'No'],
  ]);
  await expect(section('Redirects').getByRole('list', { name: 'Redirect chain' })).toHaveText(
    'https://www.facebook.com/',
  );
  await expectFields(section('Quick scan'), [
    ['Phishing probability', '0.02%'],
    ['Risk level', 'SAFE'],
    ['Domain age', '10,618 days (about 29 years)'],
    ['Reachable', 'Yes'],
  ]);
  await expectFields(section('Deep scan'), [
    ['Page risk', '0%'],
    ['ML score', '0%'],
  ]);
  await expectFields(section('Vision'), [
    ['Login page', 'No'],
    ['Credential layout', 'No'],
    ['Text found', 'Yes'],
    ['Browser warning', 'No'],
  ]);
  await expect(section('Text on the page (OCR)')).toBeVisible();
  const reputation = section('Reputation');
  await expectFields(reputation, [
    ['Infrastructure risk', 'low'],
    ['Issuer', 'CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US'],
    ['Days remaining', '8 days'],
    ['SPF', 'Yes'],
    ['DMARC', 'Yes'],
    ['DMARC policy', 'reject'],
    ['ASN', 'AS32934'],
    ['Hosting provider', 'FACEBOOK - Facebook, Inc., US'],
    ['Enterprise infrastructure', 'Yes'],
  ]);
  await expect(reputation.getByRole('list', { name: 'Reputation reasons' }).getByRole('listitem')).toHaveText(
    ['Hosted on trusted enterprise infrastructure', 'Domain older than 5 years (stability signal)'],
  );
  // ScanURL keeps no report page and takes no screenshots: neither is offered (Scanlink's own full
  // report page is, as for every scan).
  await expect(report.getByRole('link', { name: /^View the full report/ })).toHaveCount(0);
  await expect(report.getByText('No screenshot was stored for this scan.')).toHaveCount(0);
  await popup.setViewportSize({ width: 400, height: 1800 });
  await popup.screenshot({ path: test.info().outputPath('scanurl-report.png'), fullPage: true });
});

test('a ScanURL report flags a new domain, lists every hop, and shows markup as text', async ({
  extension,
}) => {
  const data = scanUrlSeed();
  data.final_verdict = 'Potential Fraud Risk <img src=x onerror="document.title=1">';
  data.risk_score = 0.91;
  data.redirect_info = {
    initial_url: 'https://bit.example/x',
    final_url: 'https://login-phish.example/signin',
    http_chain: ['https://bit.example/x', 'https://hop.example/r'],
    js_navigations: ['https://login-phish.example/signin'],
    redirect_count: 2,
    redirect_limit_exceeded: false,
  };
  data.quick_scan = { ...data.quick_scan, domain_age: 12, phishing_probability: 0.934 };
  data.deep_scan.vision.login_page_detected = true;
  await plantScan(extension, 'https://bit.example/x', 'scanurl-m1x2y4-5e6f7a8b', 'scanurl', data);
  const { popup, report } = await openReport(extension, 'https://bit.example/x');

  await expect(reportField(report, 'Final verdict')).toHaveText(
    'Potential Fraud Risk <img src=x onerror="document.title=1">',
  );
  await expect(reportField(report, 'Risk score')).toHaveText('91%');
  await expect(report.getByRole('list', { name: 'Redirect chain' }).getByRole('listitem')).toHaveText([
    'https://bit.example/x',
    'https://hop.example/r',
    'https://login-phish.example/signin',
  ]);
  await expect(reportField(report, 'Domain age')).toHaveText('12 days (new domain)');
  await expect(reportField(report, 'Phishing probability')).toHaveText('93%');
  await expect(reportField(report, 'Login page')).toHaveText('Yes');
  await expect(popup.locator('img')).toHaveCount(0);
  expect(await popup.title()).toBe('Scanlink');
});

test('a urlscan.io report shows the same summary as Cloudflare’s and links to urlscan.io', async ({
  extension,
}) => {
  const result = urlscanFixture('result-phishing');
  const url = result.task.url as string;
  await plantScan(extension, url, result.task.uuid, 'urlscan', result);
  const { report } = await openReport(extension, url);

  await expectFields(report, [
    ['Title', 'Log in to your PayPal account'],
    ['Final URL', 'https://secure-paypa1-verify.example/signin/?session=8f2c'],
    ['Domain', 'secure-paypa1-verify.example'],
    ['Visibility', 'unlisted'],
    ['IP address', '203.0.113.24'],
    ['ASN', 'AS64510 EXAMPLE-OFFSHORE, SC'],
    ['Country', 'Seychelles (SC)'],
    ['Server', 'Apache/2.4.41 (Ubuntu)'],
    ['TLS certificate', /^Issued by R11 valid from .+ until .+ \(89 days\)$/],
    ['Categories', 'phishing'],
    ['Brands', 'PayPal'],
    ['Score', '100 (from −100 legitimate to 100 malicious)'],
    ['Technologies', 'PHP'],
    ['Requests', '1'],
    ['Cookies', '1'],
  ]);
  // Cloudflare's own detections have no urlscan.io counterpart: left out, not shown as "None".
  await expect(report.locator('dt', { hasText: /^(Phishing|Radar rank)$/ })).toHaveCount(0);
  await expect(report.getByRole('list', { name: 'Redirect chain' }).getByRole('listitem')).toHaveText([
    'https://bit-link.example/x7Qa',
    'https://redirect-hop.example/r?id=x7Qa',
    'https://secure-paypa1-verify.example/signin/?session=8f2c',
  ]);
  await expect(report.getByRole('link', { name: 'View the full report on urlscan.io' })).toHaveAttribute(
    'href',
    `https://urlscan.io/result/${result.task.uuid}/`,
  );
  await expect(report.getByRole('link', { name: /Cloudflare Radar/ })).toHaveCount(0);
});
