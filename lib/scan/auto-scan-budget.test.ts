import { describe, expect, it } from 'vitest';
import { createPipelineHarness } from '../../test/support/pipeline-harness';
import { resumeDay } from './auto-scan-budget';

const DAY = 24 * 60 * 60_000;

describe('automatic scan budgets', () => {
  it('pause a tab’s automatic scans after its budget, until the person acts in that tab', async () => {
    const h = createPipelineHarness({ autoScanTabBudget: 2 });
    expect(await h.scan('https://a.example/', 'link-hovered', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
    expect(await h.scan('https://b.example/', 'page-visited', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
    // Joining a scan already in flight costs nothing.
    expect(await h.scan('https://a.example/', 'link-hovered', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
    const paused = await h.scan('https://c.example/', 'link-hovered', { tabId: 1 });
    expect(paused).toMatchObject({ status: 'refused', refusal: 'tab-budget' });
    expect(paused.status === 'refused' && paused.message).toContain('paused in this tab');
    // Other tabs have their own budget, and the person's own requests are never budgeted.
    expect(await h.scan('https://c.example/', 'link-hovered', { tabId: 2 })).toMatchObject({
      status: 'queued',
    });
    expect(await h.scan('https://d.example/', 'menu-click', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
    // That menu scan was the person acting in tab 1: its automatic scans go on.
    expect(await h.scan('https://e.example/', 'link-hovered', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
  });

  it('pause every automatic scan after the daily budget, until tomorrow or the person resumes them', async () => {
    const h = createPipelineHarness({ autoScanDailyBudget: 2 });
    await h.scan('https://a.example/', 'link-hovered', { tabId: 1 });
    await h.scan('https://b.example/', 'link-hovered', { tabId: 2 });
    expect(await h.scan('https://c.example/', 'page-visited', { tabId: 3 })).toMatchObject({
      status: 'refused',
      refusal: 'daily-budget',
    });
    expect(await h.scan('https://c.example/', 'popup-button')).toMatchObject({ status: 'queued' });

    await h.store.updateAutoScanBudget((stored) => resumeDay(stored, h.clock.now()));
    expect(await h.scan('https://d.example/', 'link-hovered', { tabId: 3 })).toMatchObject({
      status: 'queued',
    });
    await h.scan('https://e.example/', 'link-hovered', { tabId: 3 });
    expect(await h.scan('https://f.example/', 'link-hovered', { tabId: 3 })).toMatchObject({
      status: 'refused',
    });

    h.clock.advance(DAY);
    expect(await h.scan('https://f.example/', 'link-hovered', { tabId: 3 })).toMatchObject({
      status: 'queued',
    });
  });

  it('charge nothing for answers from the cache', async () => {
    const h = createPipelineHarness({ autoScanTabBudget: 1 });
    await h.scan('https://a.example/', 'menu-click', { tabId: 1 });
    await h.runUntilIdle();
    for (let i = 0; i < 3; i++) {
      expect(await h.scan('https://a.example/', 'link-hovered', { tabId: 1 })).toMatchObject({
        status: 'cached',
      });
    }
    expect(await h.scan('https://b.example/', 'link-hovered', { tabId: 1 })).toMatchObject({
      status: 'queued',
    });
  });
});
