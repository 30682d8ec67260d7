import { reportFor } from '../support/seed-report';
import { writeRows } from './support/extension-state';
import { type Extension, expect, test } from './support/fixtures';
import { openPopupOn, reportField } from './support/popup';

// The popup and the checking page in a browser set to German. The scan is planted as the pipeline
// stores it (verdict, history row, report) rather than made through the options page, whose labels
// are German here too: this spec is about the pages that show a scan, not the form that sets one up.

const PHISH = 'https://phish-bank.example/login';
const SCAN_ID = 'de-scan-1';
// Noon UTC: the same calendar day in every time zone the tests may run in.
const FINISHED_AT = Date.UTC(2026, 10, 23, 12, 0);
/** "23.11.2026, 13:00": a German date and time, whatever the time zone. */
const GERMAN_DATE_TIME = /23\.11\.2026, \d{2}:\d{2}/;

test.use({ uiLanguage: 'de' });

async function plantMaliciousScan(extension: Extension) {
  // Asking the background for the history opens its database: rows written before would land in a
  // database Dexie has not created.
  const first = await extension.page('popup.html');
  await expect(first.getByRole('heading', { name: 'Letzte Prüfungen' })).toBeVisible();
  await first.close();

  const report = reportFor(PHISH, SCAN_ID, new Date(FINISHED_AT).toISOString(), 'malicious');
  Object.assign(report.page, {
    country: 'SC',
    tlsIssuer: 'WE1',
    tlsValidFrom: '2026-10-01T12:00:00Z',
    tlsValidDays: 90,
  });
  const verdict = { url: PHISH, kind: 'malicious', reasons: [], categories: ['Phishing'] };
  await writeRows(extension.worker, 'verdicts', [{ ...verdict, scanId: SCAN_ID, checkedAt: FINISHED_AT }]);
  await writeRows(extension.worker, 'scans', [
    { ...verdict, scanId: SCAN_ID, finishedAt: FINISHED_AT, reused: false, title: 'A page' },
  ]);
  await writeRows(extension.worker, 'reports', [{ scanId: SCAN_ID, provider: 'cloudflare', report }]);
}

test.beforeEach(async ({ extension }) => {
  await plantMaliciousScan(extension);
});

test('the popup shows the current page’s verdict and report in German, dates and country included', async ({
  context,
  extension,
}) => {
  const popup = await openPopupOn(context, extension, PHISH);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');

  const verdict = popup.getByRole('heading', { name: 'Gefährlich' }).locator('..');
  await expect(verdict.getByText(/^Geprüft am /)).toHaveText(
    new RegExp(`^Geprüft am ${GERMAN_DATE_TIME.source}$`),
  );
  await expect(popup.getByRole('button', { name: 'Diese Seite erneut prüfen' })).toBeVisible();

  const report = popup.getByRole('region', { name: 'Bericht' });
  for (const [term, value] of [
    ['Titel', 'A page'],
    ['Land', 'Seychellen (SC)'],
    ['TLS-Zertifikat', 'Ausgestellt von WE1, gültig vom 01.10.2026 bis 30.12.2026 (90 Tage)'],
    ['Phishing', 'CredentialHarvester'],
  ] as const) {
    await expect(reportField(report, term)).toHaveText(value);
  }
  await expect(report.getByText('Für diese Prüfung wurde kein Bildschirmfoto gespeichert.')).toBeVisible();
  await expect(
    report.getByRole('link', { name: 'Vollständigen Bericht auf Cloudflare Radar ansehen' }),
  ).toHaveAttribute('href', `https://radar.cloudflare.com/scan/${SCAN_ID}/summary`);
  await popup.setViewportSize({ width: 400, height: 1100 });
  await popup.screenshot({ path: test.info().outputPath('popup-german.png'), fullPage: true });
});

test('the popup’s history reads German, with German dates, and opens a saved scan', async ({ extension }) => {
  const popup = await extension.page('popup.html');
  const history = popup.getByRole('region', { name: 'Letzte Prüfungen' });
  const entry = history.getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`gefährlich ${PHISH}`);
  await expect(entry.locator('time')).toHaveText(GERMAN_DATE_TIME);
  await expect(popup.getByLabel('Verlauf filtern')).toBeVisible();
  await expect(popup.getByLabel('Bewertung')).toContainText('Alle Bewertungen');

  await entry.getByRole('button').click();
  const details = popup.getByRole('region', { name: 'Gespeicherte Prüfung' });
  await expect(details.getByRole('heading', { name: 'Gefährlich' })).toBeVisible();
  await expect(reportField(details, 'Titel')).toHaveText('A page');
  await details.getByRole('button', { name: '← Zurück zu den letzten Prüfungen' }).click();
  await expect(history).toBeVisible();
});

test('the checking page warns in German', async ({ context, extension }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extension.id}/check.html?blocked=${encodeURIComponent(PHISH)}`);

  const warning = page.getByRole('alert');
  await expect(warning.getByRole('heading', { name: 'Achtung, gefährliche Seite' })).toBeVisible();
  await expect(warning).toContainText('Scanlink hat diese Seite angehalten, bevor sie geladen wurde');
  await expect(warning.getByRole('button', { name: 'Zurück in Sicherheit' })).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Bericht ansehen' })).toBeVisible();
  await warning.getByText('Details').click();
  await expect(warning.getByRole('button', { name: 'Trotzdem zur Seite gehen' })).toBeVisible();
  expect(await page.title()).toBe('Scanlink: Link wird geprüft');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('the checking page holding a link reads German', async ({ context, extension }) => {
  const page = await context.newPage();
  const link = 'https://calm-news.example/';
  await page.goto(`chrome-extension://${extension.id}/check.html?holding=${encodeURIComponent(link)}`);

  await expect(
    page.getByRole('heading', { name: 'Dieser Link wird geprüft, bevor er sich öffnet' }),
  ).toBeVisible();
  await expect(page.getByText('Für diesen Link läuft gerade keine Prüfung.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zurück', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trotzdem öffnen' })).toBeVisible();
});
