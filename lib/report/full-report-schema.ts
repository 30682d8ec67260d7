import { shown, z } from '../z';

// What the full report page reads of a stored report, the same way for Cloudflare's v2 report and
// urlscan.io's result: one family (Cloudflare adopted urlscan.io's format). Nothing here decides a
// verdict (lib/cloudflare/result-schema.ts and lib/urlscan/schemas.ts do), so every field is `shown`:
// a drifted value empties one cell, a malformed list item drops one row, and the page still renders.

const str = shown(z.string());
const num = shown(z.number());
const bool = shown(z.boolean());
const strings = shown(
  z.array(z.unknown()).transform((items) => items.filter((s): s is string => typeof s === 'string')),
);
const loose = z.looseObject;

/** A list read item by item: one malformed row must not hide the others. */
function list<T extends z.ZodType>(item: T) {
  return shown(
    z.array(z.unknown()).transform((items) =>
      items.flatMap((raw) => {
        const parsed = item.safeParse(raw);
        return parsed.success ? [parsed.data as z.infer<T>] : [];
      }),
    ),
  );
}
/** A processor's answer (`meta.processors.*`): its rows under `data`. */
const processor = <T extends z.ZodType>(item: T) => shown(loose({ data: list(item) }));

const asn = loose({ asn: str, name: str, description: str, country: str, ip: str, org: str });
const geo = loose({ city: str, country: str, country_name: str, region: str });
const certificate = loose({
  subjectName: str,
  issuer: str,
  validFrom: num,
  validTo: num,
  protocol: str,
  sanList: strings,
});
const response = loose({
  url: str,
  status: num,
  mimeType: str,
  protocol: str,
  remoteIPAddress: str,
  securityDetails: shown(certificate),
});
/** One of Chrome's `Network.requestWillBeSent` events: a redirect's hop carries the answer before it. */
const requestEvent = loose({
  type: str,
  primaryRequest: bool,
  request: shown(loose({ url: str, method: str })),
  redirectResponse: shown(response),
});
const requestEntry = loose({
  request: shown(requestEvent),
  requests: list(requestEvent),
  response: shown(
    loose({
      type: str,
      size: num,
      dataLength: num,
      encodedDataLength: num,
      asn: shown(asn),
      geoip: shown(geo),
      response: shown(response),
    }),
  ),
});

const statsRow = { count: num, size: num, encodedSize: num, ips: strings, countries: strings };
const category = loose({ name: str });
const verdictBlock = loose({ categories: strings, tags: strings, brands: shown(z.array(z.unknown())) });

export const fullReportSchema = loose({
  task: shown(loose({ url: str })),
  page: shown(
    loose({ url: str, status: shown(z.union([z.string(), z.number()])), history: list(z.unknown()) }),
  ),
  data: shown(
    loose({
      requests: list(requestEntry),
      console: list(loose({ message: shown(loose({ level: str, source: str, text: str, url: str })) })),
      cookies: list(
        loose({
          name: str,
          value: str,
          domain: str,
          path: str,
          expires: num,
          size: num,
          httpOnly: bool,
          secure: bool,
          session: bool,
          sameSite: str,
          priority: str,
        }),
      ),
      links: list(loose({ href: str, text: str })),
      globals: list(loose({ prop: str, type: str })),
    }),
  ),
  lists: shown(
    loose({ domains: strings, ips: strings, asns: strings, certificates: list(certificate), urls: strings }),
  ),
  stats: shown(
    loose({
      domainStats: list(loose({ ...statsRow, domain: str, initiators: strings, redirects: num })),
      ipStats: list(
        loose({ ...statsRow, ip: str, asn: shown(asn), geoip: shown(geo), requests: num, domains: strings }),
      ),
      resourceStats: list(loose({ ...statsRow, type: str })),
      protocolStats: list(loose({ ...statsRow, protocol: str })),
      serverStats: list(loose({ ...statsRow, server: str })),
      tlsStats: list(
        loose({ ...statsRow, securityState: str, protocols: shown(z.record(z.string(), z.number())) }),
      ),
      securePercentage: num,
      secureRequests: num,
      IPv6Percentage: num,
      uniqCountries: num,
      uniqASNs: num,
      totalLinks: num,
      malicious: num,
      adBlocked: num,
    }),
  ),
  meta: shown(
    loose({
      processors: shown(
        loose({
          asn: processor(asn),
          geoip: processor(loose({ ip: str, geoip: shown(geo) })),
          rdns: processor(loose({ ip: str, ptr: str })),
          dns: processor(loose({ name: str, type: str, address: str, dnssec_valid: bool })),
          wappa: processor(
            loose({ app: str, website: str, confidenceTotal: num, categories: list(loose({ name: str })) }),
          ),
          urlCategories: processor(
            loose({
              name: str,
              content: list(category),
              risks: list(category),
              inherited: shown(loose({ from: str, content: list(category), risks: list(category) })),
            }),
          ),
          domainCategories: processor(loose({ name: str, isPrimary: bool })),
          phishing: shown(loose({ data: strings })),
          phishing_v2: shown(loose({ data: strings })),
        }),
      ),
    }),
  ),
  verdicts: shown(loose({ overall: shown(verdictBlock), urlscan: shown(verdictBlock) })),
});

export type FullReportSource = z.infer<typeof fullReportSchema>;
export type RequestEntry = NonNullable<NonNullable<FullReportSource['data']>['requests']>[number];
export type RequestEvent = z.infer<typeof requestEvent>;
export type Processors = NonNullable<NonNullable<FullReportSource['meta']>['processors']>;
