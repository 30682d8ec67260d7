import { beforeEach, describe, expect, it } from 'vitest';
import { createPipelineHarness } from '../../test/support/pipeline-harness';
import { ScanApiError } from '../cloudflare/errors';

type Harness = ReturnType<typeof createPipelineHarness>;

/** The time between consecutive calls. */
const gapsBetween = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? t));

describe('scan pipeline', () => {
  let h: Harness;
  beforeEach(() => {
    h = createPipelineHarness();
  });

  it('submits, polls until ready, and stores the verdict, report and screenshot', async () => {
    const outcome = await h.scan('https://login-phish.example/a#frag', 'menu-click', { tabId: 3 });
    expect(outcome).toMatchObject({ status: 'queued', verdict: { kind: 'pending' } });
    await h.runUntilIdle();

    const verdict = await h.store.getVerdict('https://login-phish.example/a');
    expect(verdict).toMatchObject({ kind: 'malicious' });
    expect(verdict?.reasons.join(' ')).toContain('Phishing');
    expect(await h.store.getReport(String(verdict?.scanId))).toBeTruthy();
    expect(await h.store.getScreenshots(String(verdict?.scanId))).toHaveLength(1);
    expect(h.notified).toEqual([{ verdict: expect.objectContaining({ kind: 'malicious' }), tabIds: [3] }]);
    expect(await h.store.listJobs()).toEqual([]);
  });

  it('polls as the guide advises: a 20-second scan takes at most 4 result requests', async () => {
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(h.scanner.count('result')).toBeLessThanOrEqual(4);
    const polls = h.scanner.calls.filter((c) => c.route === 'result').map((c) => c.at);
    for (const gap of gapsBetween(polls)) expect(gap).toBeGreaterThanOrEqual(10_000);
  });

  it('answers a fresh cached verdict at once, without any API request', async () => {
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    const requests = h.scanner.calls.length;

    h.clock.advance(60_000);
    const again = await h.scan('https://example.org/', 'link-hovered');
    expect(again).toMatchObject({ status: 'cached', verdict: { kind: 'safe' } });
    expect(h.scanner.calls.length).toBe(requests);
  });

  it('scans again once the cached verdict is older than the cache time-to-live', async () => {
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    h.clock.advance(h.settings.cacheTtlMs + 1);
    expect(await h.scan('https://example.org/', 'menu-click')).toMatchObject({ status: 'queued' });
  });

  it('shares one scan between identical requests from several tabs', async () => {
    await h.scan('https://example.org/x', 'link-hovered', { tabId: 1 });
    await h.scan('https://EXAMPLE.org/x#other', 'page-visited', { tabId: 2 });
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(h.notified).toHaveLength(1);
    expect(h.notified[0]?.tabIds).toEqual([1, 2]);
  });

  it('reuses a recent finished scan found by search instead of submitting', async () => {
    const existing = h.scanner.addExisting('https://docs.example/', 30 * 60_000);
    await h.scan('https://docs.example/', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(0);
    const verdict = await h.store.getVerdict('https://docs.example/');
    expect(verdict).toMatchObject({ kind: 'safe', scanId: existing, checkedAt: h.clock.now() - 30 * 60_000 });
  });

  it('does not reuse a scan older than the cache time-to-live', async () => {
    h.scanner.addExisting('https://docs.example/', h.settings.cacheTtlMs + 60_000);
    await h.scan('https://docs.example/', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
  });

  it('paces submissions to the account rate (one per 10 s by default)', async () => {
    for (const n of [1, 2, 3]) await h.scan(`https://site${n}.example/`, 'menu-click');
    await h.runUntilIdle();
    const submits = h.scanner.calls.filter((c) => c.route === 'submit').map((c) => c.at);
    expect(submits).toHaveLength(3);
    for (const gap of gapsBetween(submits)) expect(gap).toBeGreaterThanOrEqual(10_000);
  });

  it('keeps the rate as the API measures it, from arrival, when a submit is slow to get there', async () => {
    // The API sees a request some time after the pipeline decided to send it: here the first one takes
    // 3 s to arrive and the second none. Counting the interval from the decision put them 7 s apart.
    const submit = h.scanner.api.submit;
    let delayMs = 3_000;
    h.scanner.api.submit = (url, options) => {
      h.clock.advance(delayMs);
      delayMs = 0;
      return submit(url, options);
    };
    for (const n of [1, 2]) await h.scan(`https://site${n}.example/`, 'menu-click');
    await h.runUntilIdle();
    const submits = h.scanner.calls.filter((c) => c.route === 'submit').map((c) => c.at);
    expect(submits).toHaveLength(2);
    for (const gap of gapsBetween(submits)) expect(gap).toBeGreaterThanOrEqual(10_000);
  });

  it('submits what the person asked for first, then the visited page, then hovered links', async () => {
    await h.scan('https://hovered.example/', 'link-hovered');
    await h.scan('https://visited.example/', 'page-visited');
    await h.scan('https://menu.example/', 'menu-click');
    await h.runUntilIdle();
    const order = h.scanner.calls.filter((c) => c.route === 'submit').map((c) => new URL(c.arg).host);
    expect(order).toEqual(['menu.example', 'visited.example', 'hovered.example']);
  });

  it('lets a stale hover request expire instead of queueing forever', async () => {
    const slow = createPipelineHarness({ scanIntervalMs: 120_000, hoverExpiryMs: 60_000 });
    await slow.scan('https://first.example/', 'menu-click');
    await slow.scan('https://hovered.example/', 'link-hovered');
    await slow.runUntilIdle();
    expect(slow.scanner.calls.filter((c) => c.route === 'submit').map((c) => c.arg)).toEqual([
      'https://first.example/',
    ]);
    expect(await slow.store.getVerdict('https://hovered.example/')).toBeUndefined();
  });

  it('gives up with an error verdict at the deadline when the result never comes', async () => {
    const stuck = createPipelineHarness({ scanDeadlineMs: 60_000 }, 10 * 60_000);
    await stuck.scan('https://slow.example/', 'menu-click');
    await stuck.runUntilIdle();
    expect(await stuck.store.getVerdict('https://slow.example/')).toMatchObject({
      kind: 'error',
      error: { kind: 'timeout' },
    });
  });

  it('resumes a polling scan after a restart without submitting it again', async () => {
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle(h.clock.now() + 12_000);
    expect((await h.store.listJobs())[0]?.state).toBe('polling');

    h.restart();
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({ kind: 'safe' });
  });

  it('looks for the scan of a submit that was cut off by a restart before submitting again', async () => {
    h.scanner.failNext('submit', new ScanApiError('network', 'connection dropped'));
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle(h.clock.now());
    // The submit failed in flight; the retry searches first.
    const routes = h.scanner.calls.map((c) => c.route);
    await h.runUntilIdle();
    expect(routes.slice(0, 2)).toEqual(['search', 'submit']);
    expect(h.scanner.calls.map((c) => c.route).slice(2, 4)).toEqual(['search', 'submit']);
  });

  it('finds its own scan when a submission’s answer was lost, instead of submitting twice', async () => {
    // The scan starts at the API, but the answer times out; search shows it only once it has finished.
    h.scanner.loseNextSubmitAnswer();
    await h.scan('https://example.org/lost', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    const verdict = await h.store.getVerdict('https://example.org/lost');
    expect(verdict).toMatchObject({ kind: 'safe', scanId: '00000000-0000-4000-8000-000000000001' });
    // It searched until the 20-second scan had finished, one poll interval apart, then polled it.
    expect(h.scanner.count('search')).toBeGreaterThan(2);
  });

  it('retries a result request that timed out (a slow API past the fetch limit) and finishes', async () => {
    h.scanner.failNext('result', new ScanApiError('timeout', 'The API did not answer within 25 s'), 2);
    await h.scan('https://example.org/slow', 'menu-click');
    await h.runUntilIdle();
    expect(await h.store.getVerdict('https://example.org/slow')).toMatchObject({ kind: 'safe' });
    expect(h.scanner.count('submit')).toBe(1);
    expect(h.scanner.count('result')).toBeGreaterThanOrEqual(3);
  });

  it('submits again when its lost submission never shows up', async () => {
    h.scanner.loseNextSubmitAnswer();
    await h.scan('https://example.org/vanished', 'menu-click');
    // The API lost the scan as well: search never finds it.
    const search = h.scanner.api.search;
    h.scanner.api.search = async (query, size) => (query.includes('vanished') ? [] : search(query, size));
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(2);
    expect(await h.store.getVerdict('https://example.org/vanished')).toMatchObject({ kind: 'safe' });
  });

  it('waits out a 429 Retry-After before sending anything else', async () => {
    h.scanner.failNext(
      'submit',
      new ScanApiError('rate-limited', 'slow down', { status: 429, retryAfterMs: 45_000 }),
    );
    await h.scan('https://example.org/', 'menu-click');
    const start = h.clock.now();
    await h.runUntilIdle();
    const after = h.scanner.calls.filter((c) => c.at > start);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c) => c.at >= start + 45_000)).toBe(true);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({ kind: 'safe' });
  });

  it('stops on rejected credentials, tells the tab, and refuses new scans until the settings change', async () => {
    h.scanner.failNext('search', new ScanApiError('auth', 'The API rejected the credentials (HTTP 403)'));
    await h.scan('https://example.org/', 'menu-click', { tabId: 9 });
    await h.scan('https://other.example/', 'link-hovered');
    await h.runUntilIdle();
    expect(h.scanner.calls).toHaveLength(1);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({
      kind: 'error',
      error: { kind: 'auth' },
    });
    expect(h.notified.map((n) => n.tabIds)).toContainEqual([9]);
    expect(await h.scan('https://third.example/', 'menu-click')).toMatchObject({
      status: 'refused',
      refusal: 'credentials-rejected',
    });
  });

  it('reports a refused Unlisted scan and never falls back to Public', async () => {
    h.scanner.failNext(
      'submit',
      new ScanApiError('bad-request', 'Unlisted scans are not available', { status: 400 }),
    );
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    const submits = h.scanner.calls.filter((c) => c.route === 'submit');
    expect(submits.map((c) => c.options?.visibility)).toEqual(['Unlisted']);
    const verdict = await h.store.getVerdict('https://example.org/');
    expect(verdict).toMatchObject({ kind: 'error', error: { kind: 'bad-request' } });
    expect(verdict?.error?.message).toMatch(/Unlisted.*Public/);
  });

  it('retries server errors a bounded number of times with growing delays', async () => {
    h.scanner.failNext('submit', new ScanApiError('server', 'HTTP 503', { status: 503 }), 10);
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    const submits = h.scanner.calls.filter((c) => c.route === 'submit').map((c) => c.at);
    expect(submits).toHaveLength(5);
    const gaps = gapsBetween(submits);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({
      kind: 'error',
      error: { kind: 'server' },
    });
  });

  it('submits anyway when the search for an existing scan fails', async () => {
    h.scanner.failNext('search', new ScanApiError('bad-request', 'unsupported query', { status: 400 }));
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({ kind: 'safe' });
  });

  it('never busy-loops while a hovered link that outlived its expiry is still polling', async () => {
    const slow = createPipelineHarness({ hoverExpiryMs: 5_000 }, 60_000);
    await slow.scan('https://hovered.example/', 'link-hovered');
    await slow.runUntilIdle(slow.clock.now() + 20_000);
    expect((await slow.store.listJobs())[0]?.state).toBe('polling');
    const next = await slow.runDue();
    expect(next).toBeGreaterThan(slow.clock.now());
  });

  it('a request merged in while the runner waits on the network keeps its priority and tab', async () => {
    await h.scan('https://example.org/', 'link-hovered', { tabId: 1 });
    const running = h.runDue();
    await h.scan('https://example.org/', 'menu-click', { tabId: 2 });
    await running;
    expect(await h.store.getJob('https://example.org/')).toMatchObject({
      reason: 'menu-click',
      tabIds: [1, 2],
    });
    await h.runUntilIdle();
    expect(h.notified.at(-1)?.tabIds).toEqual([1, 2]);
  });

  it('finds the existing scan on 409 "recently scanned" instead of failing', async () => {
    h.scanner.failNext('submit', new ScanApiError('recently-scanned', 'recently scanned', { status: 409 }));
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle(h.clock.now());
    h.scanner.addExisting('https://example.org/', 1_000);
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({ kind: 'safe' });
  });

  it('after a 409 only searches for the existing scan, then says so in words, never resubmitting', async () => {
    h.scanner.failNext('submit', new ScanApiError('recently-scanned', 'recently scanned', { status: 409 }));
    await h.scan('https://example.org/', 'menu-click');
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
    const searches = h.scanner.calls.filter((c) => c.route === 'search').map((c) => c.at);
    // One search before the submit, then four after the 409, at least 30 s apart.
    expect(searches).toHaveLength(5);
    for (const gap of gapsBetween(searches.slice(1))) expect(gap).toBeGreaterThanOrEqual(30_000);
    expect(await h.store.getVerdict('https://example.org/')).toMatchObject({
      kind: 'error',
      error: { kind: 'recently-scanned' },
    });
  });

  it('calls a failed scan "unknown", never "safe"', async () => {
    await h.scan('https://unreachable.example/', 'menu-click');
    await h.runUntilIdle();
    expect(await h.store.getVerdict('https://unreachable.example/')).toMatchObject({ kind: 'unknown' });
  });

  it('refuses private addresses and never-scan domains without any API request', async () => {
    const strict = createPipelineHarness({ neverScanDomains: ['bank.example'] });
    expect(await strict.scan('http://192.168.1.1/admin', 'menu-click')).toMatchObject({ status: 'refused' });
    expect(await strict.scan('https://www.bank.example/', 'menu-click')).toMatchObject({
      status: 'refused',
      refusal: 'never-scan',
    });
    expect(strict.scanner.calls).toHaveLength(0);
  });

  it('refuses to scan before an account and token are set', async () => {
    const blank = createPipelineHarness({ accountId: '' });
    expect(await blank.scan('https://example.org/', 'menu-click')).toMatchObject({
      status: 'refused',
      refusal: 'not-configured',
    });
  });

  it('a rescan asked for by the person submits anew even with a fresh verdict', async () => {
    h.scanner.addExisting('https://docs.example/', 60_000);
    await h.scan('https://docs.example/', 'popup-button');
    await h.runUntilIdle();
    await h.scan('https://docs.example/', 'popup-button', { rescan: true });
    await h.runUntilIdle();
    expect(h.scanner.count('submit')).toBe(1);
  });
});
