import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { DemoSession } from './demo-session';

export interface Screenshot {
  /** What the picture shows, for the person reading the demo's output. */
  shows: string;
  path: string;
}

/** The popup's own width range (entrypoints/popup/style.css), so the picture looks like the popup. */
const POPUP_VIEWPORT = { width: 400, height: 900 };

/**
 * Pictures of what a person would see: the badged demo page with a hover card, the warning banner, the
 * popup about the malicious page and its full report page. Written to `dir`, which is created if needed.
 */
export async function captureScreenshots(session: DemoSession, dir: string): Promise<Screenshot[]> {
  mkdirSync(dir, { recursive: true });
  const shots: Screenshot[] = [];

  const demoPage = join(dir, 'demo-page.png');
  await session.demoPage.screenshot({ path: demoPage, fullPage: true });
  shots.push({ shows: 'the demo page: badged links and a hover card', path: demoPage });

  const banner = join(dir, 'warning-banner.png');
  await session.flaggedPage.screenshot({ path: banner });
  shots.push({ shows: 'the warning banner on the malicious demo page', path: banner });

  // The popup is about the tab used last (entrypoints/popup/current-tab.ts).
  await session.flaggedPage.bringToFront();
  const popup = await session.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${session.extension.id}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Malicious' }), 'the popup’s verdict').toBeVisible();
  const popupShot = join(dir, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  shots.push({ shows: 'the popup about the malicious demo page', path: popupShot });

  const [reportPage] = await Promise.all([
    session.context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Open the full report' }).click(),
  ]);
  await expect(reportPage.getByRole('heading', { name: 'Requests' }), 'the report’s tables').toBeVisible();
  const reportShot = join(dir, 'report-page.png');
  await reportPage.screenshot({ path: reportShot });
  shots.push({ shows: 'the full report page about the malicious demo page', path: reportShot });
  await reportPage.close();
  await popup.close();
  await session.demoPage.bringToFront();

  return shots;
}
