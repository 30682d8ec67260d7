import { resourcesFor } from './resources';
import { profileFor } from './site-profile';
import type { ScanRecord } from './types';

/** HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of the page load behind a scan. */
export function buildHar(scan: ScanRecord) {
  const profile = profileFor(scan.url);
  const resources = resourcesFor(profile);
  const started = (offsetMs: number) => new Date(scan.submittedAt + offsetMs).toISOString();
  return {
    log: {
      version: '1.2',
      creator: { name: 'Cloudflare URL Scanner', version: '2.0', comment: 'mock' },
      pages: [
        {
          id: 'page_1',
          startedDateTime: started(0),
          title: profile.title,
          pageTimings:
            resources.length > 0 ? { onContentLoad: 287, onLoad: 412 } : { onContentLoad: -1, onLoad: -1 },
        },
      ],
      entries: resources.map((resource) => ({
        pageref: 'page_1',
        startedDateTime: started(resource.startMs),
        time: resource.durationMs,
        _requestId: resource.requestId,
        _resourceType: resource.type.toLowerCase(),
        request: {
          method: 'GET',
          url: resource.url,
          httpVersion: resource.protocol === 'h2' ? 'http/2.0' : 'http/1.1',
          cookies: [],
          headers: [{ name: 'User-Agent', value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0' }],
          queryString: [...new URL(resource.url).searchParams].map(([name, value]) => ({ name, value })),
          headersSize: -1,
          bodySize: 0,
        },
        response: {
          status: resource.status,
          statusText: resource.status === 200 ? 'OK' : '',
          httpVersion: resource.protocol === 'h2' ? 'http/2.0' : 'http/1.1',
          cookies: [],
          headers: [
            { name: 'content-type', value: `${resource.mimeType}; charset=utf-8` },
            { name: 'server', value: resource.server },
          ],
          content: {
            size: resource.size,
            mimeType: resource.mimeType,
            compression: resource.size - resource.encodedSize,
          },
          redirectURL: '',
          headersSize: -1,
          bodySize: resource.encodedSize,
          _transferSize: resource.encodedSize + 300,
        },
        cache: {},
        timings: {
          blocked: 1,
          dns: 12,
          connect: 24,
          ssl: resource.secure ? 18 : -1,
          send: 0,
          wait: resource.durationMs - 40,
          receive: 3,
        },
        serverIPAddress: resource.ip,
        connection: resource.secure ? '443' : '80',
      })),
    },
  };
}
