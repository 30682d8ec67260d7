// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_CATEGORY,
  HOSTILE_CONSOLE_TEXT,
  HOSTILE_PHISHING_KIND,
  HOSTILE_TITLE,
} from './hostile-strings';
import type { MockApi } from './server';
import { readJson as body, type Client, useMockApiInTests } from './test-client';

let api: MockApi;
let client: Client;

useMockApiInTests(50, (started, startedClient) => {
  api = started;
  client = startedClient;
});

describe('the "markup" keyword', () => {
  it('puts HTML in the report’s page title and a console error, and leaves the verdict alone', async () => {
    const uuid = api.seedScan({ url: 'https://markup-news.example/today' });
    const report = await body(await client.get(`result/${uuid}`));
    expect(report.page.title).toBe(HOSTILE_TITLE);
    expect(HOSTILE_TITLE).toContain('<img src=x onerror=');
    expect(report.data.console).toContainEqual({
      message: expect.objectContaining({ level: 'error', text: HOSTILE_CONSOLE_TEXT }),
    });
    expect(HOSTILE_CONSOLE_TEXT).toContain('<script>');
    expect(report.verdicts.overall.malicious).toBe(false);
  });

  it('puts HTML in a flagged page’s risk category and phishing kind, so it reaches the verdict’s reasons', async () => {
    expect(HOSTILE_CATEGORY).toContain('<img src=x onerror=');
    expect(HOSTILE_PHISHING_KIND).toContain('<svg onload=');
    for (const [url, malicious] of [
      ['https://markup-phish.example/login', true],
      ['https://markup-suspicious.example/login', false],
    ] as const) {
      const report = await body(await client.get(`result/${api.seedScan({ url })}`));
      const processors = report.meta.processors;
      expect(processors.urlCategories.data[0].risks.map((r: { name: string }) => r.name)).toContain(
        HOSTILE_CATEGORY,
      );
      expect(processors.phishing_v2.data).toContain(HOSTILE_PHISHING_KIND);
      expect(report.verdicts.overall.malicious).toBe(malicious);
    }
  });

  it('leaves a safe page’s risks and phishing kinds empty, so its verdict stays safe', async () => {
    const uuid = api.seedScan({ url: 'https://markup-news.example/today' });
    const report = await body(await client.get(`result/${uuid}`));
    expect(report.meta.processors.urlCategories.data[0].risks).toEqual([]);
    expect(report.meta.processors.phishing_v2.data).toEqual([]);
  });

  it('keeps the DOM it serves escaped, and the HAR’s page title verbatim', async () => {
    const uuid = api.seedScan({ url: 'https://markup-news.example/today' });
    const html = await (await client.get(`dom/${uuid}`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x');
    const { log } = await body(await client.get(`har/${uuid}`));
    expect(log.pages[0].title).toBe(HOSTILE_TITLE);
  });

  it('counts only in host and path: other reports keep their ordinary strings', async () => {
    const uuid = api.seedScan({ url: 'https://example.com/?q=markup' });
    const report = await body(await client.get(`result/${uuid}`));
    expect(report.page.title).toBe('Welcome to example.com');
    expect(report.data.console).toEqual([]);
    const flagged = await body(
      await client.get(`result/${api.seedScan({ url: 'https://login-phish.example/?q=markup' })}`),
    );
    expect(JSON.stringify(flagged.meta.processors)).not.toContain('<');
  });
});
