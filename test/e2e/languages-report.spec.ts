import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildReport } from '../mock-api/report';
import { scannerUrls } from '../mock-api/scanner-urls';
import { writeRows } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { reportField } from './support/popup';
import { bodyRows, columnTexts, pageOpenedBy, reportTable } from './support/report-page';

// The full report page in a browser set to German, opened from the popup's history as a person opens
// it. The scan's report is the mock's, planted with a fixed time, so its dates are known; the options
// are saved through the German form, so the HAR can be fetched from the mock.

const PHISH = 'https://phish-bank.example/login';
// Noon UTC: the same calendar day in every time zone the tests may run in.
const SCANNED_AT = Date.UTC(2026, 10, 23, 12, 0);
/** The mock's certificates were issued 30 days before the scan: 24 October 2026, the German way. */
const CERTIFICATE_ISSUED = '24.10.2026';

test.use({ uiLanguage: 'de' });

test('the full report reads German: headings, columns, filter, numbers, dates and downloads', async ({
  context,
  extension,
  mockApi,
}) => {
  const options = await extension.page('options.html');
  await options.getByLabel('Konto-ID').fill(mockApi.accountId);
  await options.getByLabel('API-Token', { exact: true }).fill(mockApi.token);
  await options.getByLabel('API-Basis-URL').fill(mockApi.baseUrl);
  await options.getByRole('checkbox', { name: 'Seiten prüfen, die ich besuche' }).uncheck();
  await options.getByRole('button', { name: 'Speichern' }).click();
  await expect(options.getByRole('status')).toHaveText('Gespeichert.');
  await options.close();

  // Seeded in the mock too, so that the scanner has the scan's HAR to give.
  const scanId = mockApi.seedScan({ url: PHISH });
  const report = buildReport(
    {
      uuid: scanId,
      url: PHISH,
      visibility: 'unlisted',
      submittedAt: SCANNED_AT,
      readyAt: SCANNED_AT,
      ownerAccountId: mockApi.accountId,
      resolutions: ['desktop'],
      customHeaders: {},
    },
    scannerUrls(mockApi.baseUrl, mockApi.accountId),
  );
  const { dns: _dns, ...processorsWithoutDns } = report.meta.processors;
  const verdict = { url: PHISH, kind: 'malicious', reasons: [], categories: ['Phishing'] };
  await writeRows(extension.worker, 'scans', [{ ...verdict, scanId, finishedAt: SCANNED_AT, reused: false }]);
  await writeRows(extension.worker, 'reports', [
    { scanId, provider: 'cloudflare', report: { ...report, meta: { processors: processorsWithoutDns } } },
  ]);

  const popup = await extension.page('popup.html');
  await popup.getByRole('region', { name: 'Letzte Prüfungen' }).getByRole('button', { name: PHISH }).click();
  const page = await pageOpenedBy(context, () =>
    popup
      .getByRole('region', { name: 'Gespeicherte Prüfung' })
      .getByRole('link', { name: 'Vollständigen Bericht öffnen' })
      .click(),
  );

  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Scanlink-Bericht');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scanlink-Bericht');
  await expect(page.getByRole('heading', { name: 'Gefährlich' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Abschnitte des Berichts' }).getByRole('link'),
  ).toHaveText([
    'Zusammenfassung',
    'Bildschirmfotos',
    'Weiterleitungen',
    'Anfragen',
    'Domains',
    'IP-Adressen',
    'Netzwerke (ASNs)',
    'TLS-Zertifikate',
    'DNS-Einträge',
    'Cookies',
    'Konsolenmeldungen',
    'Links auf der Seite',
    'Technologien',
    'Kategorien und Erkennungen',
    'Statistik',
    'Globale Skriptvariablen',
  ]);
  await expect(reportField(page.getByRole('region', { name: 'Zusammenfassung' }), 'Titel')).toHaveText(
    report.page.title,
  );

  // Column headers, sizes with a decimal comma, and dates as Germans write them.
  const requests = reportTable(page, 'Anfragen');
  await expect(page.getByRole('region', { name: 'Anfragen' }).getByText('2 Zeilen.')).toBeVisible();
  expect(await columnTexts(requests, 'Größe')).toEqual([expect.stringMatching(/^\d+ B$/), '87,5 kB']);
  expect(await columnTexts(reportTable(page, 'TLS-Zertifikate'), 'Gültig ab')).toContain(CERTIFICATE_ISSUED);
  expect(await columnTexts(reportTable(page, 'Cookies'), 'Läuft ab')).toEqual(['Ende der Sitzung']);
  expect(await columnTexts(reportTable(page, 'Kategorien und Erkennungen'), 'Art')).toContain(
    'Sicherheitsrisiko',
  );
  await expect(reportField(page.getByRole('region', { name: 'Statistik' }), 'Sichere Anfragen')).toHaveText(
    '2',
  );
  // A share with the space German puts before the percent sign.
  await expect(
    reportField(page.getByRole('region', { name: 'Statistik' }), 'Anteil sicherer Anfragen'),
  ).toHaveText(/^\d+\s%$/);
  await expect(page.getByRole('region', { name: 'DNS-Einträge' })).toContainText('Nicht in diesem Bericht.');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('report-page-german.png'), fullPage: true });

  // Sorted by a header, filtered by typing, in German words.
  const addressHeader = requests.getByRole('columnheader', { name: 'Adresse', exact: true });
  await requests.getByRole('button', { name: 'Adresse', exact: true }).click();
  await expect(addressHeader).toHaveAttribute('aria-sort', 'ascending');
  const filter = page.getByRole('searchbox', { name: 'Anfragen filtern' });
  await filter.fill('jquery');
  await expect(bodyRows(requests)).toHaveCount(1);
  await expect(page.getByText('1 von 2 Zeilen passt.')).toBeVisible();
  await filter.fill('nichts-dergleichen');
  await expect(bodyRows(requests)).toHaveText(['Keine Zeile passt zum Filter.']);

  const downloads = page.getByRole('region', { name: 'Downloads' });
  await expect(downloads.getByRole('button')).toHaveText(['HAR herunterladen', 'DOM herunterladen']);
  const [har] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('button', { name: 'HAR herunterladen' }).click(),
  ]);
  expect(har.suggestedFilename()).toBe(`scanlink-${scanId}.har`);
  await expect(page.getByRole('status')).toHaveText(`scanlink-${scanId}.har gespeichert.`);
});

test('a ScanURL report says in German what it does not have', async ({ context, extension }) => {
  // Asking the background for the history opens its database: rows written before would land in a
  // database Dexie has not created.
  const popup = await extension.page('popup.html');
  const history = popup.getByRole('region', { name: 'Letzte Prüfungen' });
  await expect(history).toBeVisible();

  const url = 'https://www.facebook.com/';
  const scanId = 'scanurl-m1x2y3-1a2b3c4d';
  await writeRows(extension.worker, 'scans', [
    { url, kind: 'safe', reasons: [], categories: [], scanId, finishedAt: SCANNED_AT, reused: false },
  ]);
  const seed = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../fixtures/scanurl/response-seed.json'), 'utf8'),
  );
  await writeRows(extension.worker, 'reports', [{ scanId, provider: 'scanurl', report: seed.data }]);

  await popup.reload();
  await history.getByRole('button', { name: url }).click();
  const page = await pageOpenedBy(context, () =>
    popup
      .getByRole('region', { name: 'Gespeicherte Prüfung' })
      .getByRole('link', { name: 'Vollständigen Bericht öffnen' })
      .click(),
  );
  await expect(page.getByRole('region', { name: 'Downloads' })).toContainText(
    'ScanURL bietet weder die HAR-Datei (jede Anfrage und Antwort) noch das DOM (das endgültige HTML der Seite) zum Herunterladen an.',
  );
  await expect(page.getByRole('region', { name: 'Bildschirmfotos' })).toContainText(
    'ScanURL macht keine Bildschirmfotos.',
  );
  await expect(page.getByText(/^ScanURL meldet eigene Analyseebenen/)).toBeVisible();
});
