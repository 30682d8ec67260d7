import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoopbackServer, startLoopbackServer } from '../mock-api/loopback-server';
import { DEMO_PAGE_URL, FLAGGED_PAGE_URL } from './demo-links';

export interface DemoSite extends LoopbackServer {
  port: number;
}

const pageFile = (name: string) => new URL(`./${name}`, import.meta.url);

/**
 * The demo's web pages on 127.0.0.1. Chromium reaches every demo name here (see demo-links.ts), so the
 * Host header says which page was asked for: the demo page, the flagged page, or for any other demo
 * address a plain landing page. The pages are static files: nothing from the request is echoed back.
 */
export async function startDemoSite(): Promise<DemoSite> {
  const pages = new Map([
    [new URL(DEMO_PAGE_URL).host, await readFile(pageFile('demo-page.html'))],
    [new URL(FLAGGED_PAGE_URL).host, await readFile(pageFile('flagged-page.html'))],
  ]);
  const landing = await readFile(pageFile('landing-page.html'));

  const server = await startLoopbackServer('demo-site', async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (req.url === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    const body = pages.get(req.headers.host ?? '') ?? landing;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return { ...server, port: Number(new URL(server.origin).port) };
}
