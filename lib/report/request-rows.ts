import { z } from '../z';
import type { FullReportSource, RequestEntry } from './full-report-schema';
import { text } from './summary-fields';

/** One network request the scanner's browser made while loading the page. */
export type RequestRow = {
  /** Its place in the report (from 1): the order the browser made the requests in. */
  index: number;
  url: string | undefined;
  method: string | undefined;
  status: number | undefined;
  /** Chrome's resource type: Document, Script, Image… */
  type: string | undefined;
  mimeType: string | undefined;
  /** Bytes of the body, decoded. */
  size: number | undefined;
  /** Bytes on the wire. */
  transferred: number | undefined;
  ip: string | undefined;
  /** ISO 3166 code of the server's country. */
  country: string | undefined;
  protocol: string | undefined;
};

/** One address on the way from the URL scanned to the page that loaded. */
export type RedirectRow = { step: number; url: string | undefined; status: number | undefined };

const positive = (value: number | undefined) => (value !== undefined && value > 0 ? value : undefined);

export function requestRowsOf(report: FullReportSource): RequestRow[] | undefined {
  return report.data?.requests?.map((entry, index) => {
    const answer = entry.response;
    return {
      index: index + 1,
      url: text(entry.request?.request?.url ?? answer?.response?.url),
      method: text(entry.request?.request?.method),
      status: positive(answer?.response?.status),
      type: text(entry.request?.type ?? answer?.type),
      mimeType: text(answer?.response?.mimeType),
      size: answer?.dataLength ?? answer?.size,
      transferred: answer?.encodedDataLength,
      ip: text(answer?.response?.remoteIPAddress ?? answer?.asn?.ip),
      country: text(answer?.geoip?.country ?? answer?.asn?.country),
      protocol: text(answer?.response?.protocol),
    };
  });
}

/** The page's own request: the one marked primary, else the first document, else the first. */
function documentEntry(entries: readonly RequestEntry[]): RequestEntry | undefined {
  return (
    entries.find((e) => e.request?.primaryRequest) ??
    entries.find((e) => e.request?.type === 'Document') ??
    entries[0]
  );
}

/**
 * The hops of the page's own request. Chrome keeps one request id across redirects and each event's
 * `redirectResponse` is the answer of the hop before it; the scanners keep the earlier events in
 * `requests` and the last in `request`.
 */
function chainOfRequests(entries: readonly RequestEntry[]): RedirectRow[] {
  const main = documentEntry(entries);
  if (!main) return [];
  const hops: Omit<RedirectRow, 'step'>[] = [];
  const add = (url: string | undefined, status: number | undefined) => {
    if (url && hops.at(-1)?.url !== url) hops.push({ url, status: positive(status) });
  };
  for (const event of [...(main.requests ?? []), main.request]) {
    add(text(event?.redirectResponse?.url), event?.redirectResponse?.status);
  }
  add(text(main.request?.request?.url ?? main.response?.response?.url), main.response?.response?.status);
  return hops.map((hop, index) => ({ step: index + 1, ...hop }));
}

// `page.history` is in Cloudflare's documentation but not its SDK types: its items' shape is unverified,
// so an item may be an address or an object naming one.
const historyItem = z.union([
  z.string().transform((url) => ({ url, status: undefined })),
  z.looseObject({
    url: z.string(),
    status: z.union([z.number(), z.string()]).optional().catch(undefined),
  }),
]);

function chainOfHistory(history: readonly unknown[]): RedirectRow[] {
  return history
    .flatMap((raw) => {
      const item = historyItem.safeParse(raw);
      if (!item.success || !text(item.data.url)) return [];
      const status = Number(item.data.status);
      return [{ url: item.data.url, status: Number.isInteger(status) && status > 0 ? status : undefined }];
    })
    .map((hop, index) => ({ step: index + 1, ...hop }));
}

/** From the URL scanned to the page that loaded; one row when the page did not move. */
export function redirectRowsOf(report: FullReportSource): RedirectRow[] | undefined {
  const requests = report.data?.requests;
  const fromRequests = chainOfRequests(requests ?? []);
  if (fromRequests.length > 1) return fromRequests;
  const fromHistory = chainOfHistory(report.page?.history ?? []);
  if (fromHistory.length > 0) return fromHistory;
  return requests === undefined && report.page?.history === undefined ? undefined : fromRequests;
}
