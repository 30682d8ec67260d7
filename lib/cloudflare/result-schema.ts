import { judged, shown, z } from '../z';

// The v2 "Get URL scan" report (seed 000, Cloudflare's SDK). Fields the verdict is decided on are strict
// (`judged`: task identity and success, the overall verdict, phishing and risk categories, malicious
// request count), so drift there rejects the report instead of quietly making it look safe. Every other
// field is `shown`: optional, and a drifted value degrades to absent. Unknown keys are kept.

const str = shown(z.string());
const num = shown(z.number());
const bool = shown(z.boolean());
const strings = shown(z.array(z.string()));
const list = <T extends z.ZodType>(item: T) => shown(z.array(item));
const loose = z.looseObject;

/** Scan ids end up in request paths: accept only what a uuid is made of. */
export const scanIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a scan id');

const asnInfo = loose({ asn: str, country: str, description: str, ip: str, name: str, org: str });
const geoip = loose({
  city: str,
  country: str,
  country_name: str,
  ll: shown(z.array(z.number())),
  region: str,
});
const securityHeaders = list(loose({ name: str, value: str }));
const responseInfo = loose({
  charset: str,
  mimeType: str,
  protocol: str,
  remoteIPAddress: str,
  remotePort: num,
  securityHeaders,
  securityState: str,
  status: num,
  statusText: str,
  url: str,
  securityDetails: shown(
    loose({
      issuer: str,
      protocol: str,
      subjectName: str,
      sanList: strings,
      validFrom: num,
      validTo: num,
      cipher: str,
    }),
  ),
});
const requestInfo = loose({ method: str, url: str, initialPriority: str, referrerPolicy: str });

const requestEntry = loose({
  request: shown(
    loose({
      documentURL: str,
      requestId: str,
      type: str,
      wallTime: num,
      primaryRequest: bool,
      hasUserGesture: bool,
      initiator: shown(loose({ host: str, type: str, url: str })),
      request: shown(requestInfo),
      redirectResponse: shown(responseInfo),
    }),
  ),
  response: shown(
    loose({
      asn: shown(asnInfo),
      geoip: shown(geoip),
      dataLength: num,
      encodedDataLength: num,
      size: num,
      type: str,
      hash: str,
      contentAvailable: bool,
      response: shown(responseInfo),
    }),
  ),
  requests: list(loose({ requestId: str, type: str, request: shown(requestInfo) })),
});

const category = loose({ id: num, name: str, super_category_id: num });
const risks = judged(z.array(loose({ id: num, name: z.string(), super_category_id: num })));
const urlCategory = loose({
  name: str,
  content: list(category),
  risks,
  inherited: judged(loose({ from: str, content: list(category), risks })),
});
const detections = judged(loose({ data: judged(z.array(z.string())) }));

const processors = loose({
  asn: shown(loose({ data: list(loose({ asn: str, country: str, description: str, ip: str, name: str })) })),
  dns: shown(loose({ data: list(loose({ address: str, dnssec_valid: bool, name: str, type: str })) })),
  domainCategories: shown(loose({ data: list(loose({ isPrimary: bool, name: str })) })),
  geoip: shown(loose({ data: list(loose({ ip: str, geoip: shown(geoip) })) })),
  phishing: detections,
  phishing_v2: detections,
  radarRank: shown(loose({ data: list(loose({ bucket: str, hostname: str, rank: num })) })),
  urlCategories: judged(loose({ data: judged(z.array(urlCategory)) })),
  wappa: shown(
    loose({
      data: list(
        loose({
          app: str,
          website: str,
          confidenceTotal: num,
          categories: list(loose({ name: str, priority: num })),
        }),
      ),
    }),
  ),
});

const statsRow = { count: num, countries: strings, encodedSize: num, ips: strings, size: num };

export const scanReportSchema = loose({
  task: loose({
    uuid: scanIdSchema,
    url: z.string(),
    success: z.boolean(),
    time: z.string(),
    visibility: str,
    apexDomain: str,
    domain: str,
    domURL: str,
    method: str,
    reportURL: str,
    screenshotURL: str,
    source: str,
    status: str,
    options: shown(
      loose({ screenshotsResolutions: strings, customHeaders: shown(z.record(z.string(), z.unknown())) }),
    ),
  }),
  verdicts: loose({
    overall: loose({
      malicious: z.boolean(),
      hasVerdicts: bool,
      categories: judged(z.array(z.string())),
      tags: strings,
    }),
  }),
  page: shown(
    loose({
      url: str,
      domain: str,
      apexDomain: str,
      title: str,
      status: str,
      ip: str,
      asn: str,
      asnname: str,
      country: str,
      city: str,
      server: str,
      mimeType: str,
      tlsIssuer: str,
      tlsAgeDays: num,
      tlsValidDays: num,
      tlsValidFrom: str,
      screenshot: shown(loose({ dhash: str, phash: str, name: str, mm3Hash: num })),
      history: shown(z.array(z.unknown())),
    }),
  ),
  scanner: shown(loose({ colo: str, country: str })),
  lists: shown(
    loose({
      asns: strings,
      certificates: list(loose({ issuer: str, subjectName: str, validFrom: num, validTo: num })),
      continents: strings,
      countries: strings,
      domains: strings,
      hashes: strings,
      ips: strings,
      linkDomains: strings,
      servers: strings,
      urls: strings,
    }),
  ),
  meta: judged(loose({ processors: judged(processors) })),
  stats: judged(
    loose({
      domainStats: list(loose({ ...statsRow, domain: str, index: num, initiators: strings, redirects: num })),
      ipStats: list(
        loose({ ...statsRow, ip: str, asn: shown(asnInfo), domains: strings, requests: num, ipv6: bool }),
      ),
      protocolStats: list(loose({ ...statsRow, protocol: str })),
      resourceStats: list(loose({ ...statsRow, type: str, compression: num, percentage: num })),
      serverStats: list(loose({ ...statsRow, server: str })),
      tlsStats: list(
        loose({ ...statsRow, securityState: str, protocols: shown(z.record(z.string(), z.number())) }),
      ),
      IPv6Percentage: num,
      malicious: judged(z.number()),
      securePercentage: num,
      secureRequests: num,
      totalLinks: num,
      uniqASNs: num,
      uniqCountries: num,
    }),
  ),
  data: shown(
    loose({
      console: list(loose({ message: shown(loose({ level: str, source: str, text: str, url: str })) })),
      cookies: list(
        loose({
          name: str,
          value: str,
          domain: str,
          path: str,
          expires: num,
          httpOnly: bool,
          secure: bool,
          session: bool,
          size: num,
          priority: str,
        }),
      ),
      globals: list(loose({ prop: str, type: str })),
      links: list(loose({ href: str, text: str })),
      performance: list(loose({ name: str, entryType: str, startTime: num, duration: num })),
      requests: list(requestEntry),
    }),
  ),
});

export type ScanReport = z.infer<typeof scanReportSchema>;
