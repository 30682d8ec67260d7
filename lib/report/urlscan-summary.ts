import { redirectChainOf } from '../urlscan/redirect-chain';
import { resultSchema, type UrlscanResult, type VerdictBlock } from '../urlscan/schemas';
import { shown, z } from '../z';
import type { ReportSummary } from './report-summary';
import { consoleEntrySchema, consoleErrorsOf, text, time, tlsOf, unique } from './summary-fields';

// urlscan.io's result is a sibling of Cloudflare's report (task, page, data, lists, stats, verdicts,
// meta), so it fills the same summary. lib/urlscan/schemas.ts declares only what the verdict needs and
// keeps unknown keys: the fields only shown here are read with this schema, each degrading to absent.

const str = shown(z.string());
const num = shown(z.number());
const loose = z.looseObject;

const shownFieldsSchema = loose({
  page: shown(loose({ asn: str, server: str, tlsIssuer: str, tlsValidFrom: str, tlsValidDays: num })),
  data: shown(loose({ cookies: shown(z.array(z.unknown())), console: shown(z.array(consoleEntrySchema)) })),
  meta: shown(
    loose({
      processors: shown(loose({ wappa: shown(loose({ data: shown(z.array(loose({ app: str }))) })) })),
    }),
  ),
});

/** A result as stored, parsed as the provider parses it; undefined when it no longer fits. */
export function parseUrlscanResult(stored: unknown): UrlscanResult | undefined {
  const parsed = resultSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Brand names: `overall` lists ids ("paypal"), `urlscan` objects ({ key, name: "PayPal" }). */
function brandsOf(blocks: readonly (VerdictBlock | null | undefined)[]): string[] {
  const brands = blocks.flatMap((block) => block?.brands ?? []);
  const names = brands.flatMap((b) => (typeof b === 'string' ? [] : [b.name ?? b.key]));
  const ids = brands.filter((b): b is string => typeof b === 'string');
  // One brand spelled both ways is shown once, by its proper name.
  const byKey = new Map<string, string>();
  for (const name of [...names, ...ids]) {
    const label = text(name)?.trim();
    if (label && !byKey.has(label.toLowerCase())) byKey.set(label.toLowerCase(), label);
  }
  return [...byKey.values()];
}

export function summariseUrlscanResult(result: UrlscanResult): ReportSummary {
  const { task, page, verdicts, lists } = result;
  const extra = shownFieldsSchema.safeParse(result);
  const shownFields = extra.success ? extra.data : undefined;
  const consoleErrors = consoleErrorsOf(shownFields?.data?.console ?? []);
  const blocks = [verdicts?.overall, verdicts?.urlscan];
  return {
    scanId: task.uuid,
    finalUrl: text(page?.url),
    title: text(page?.title),
    domain: text(page?.domain),
    ip: text(page?.ip),
    asn: text(shownFields?.page?.asn),
    asnName: text(page?.asnname),
    country: text(page?.country),
    server: text(shownFields?.page?.server),
    tls: tlsOf(shownFields?.page),
    scannedAt: time(task.time),
    visibility: text(task.visibility),
    categories: unique(blocks.flatMap((block) => block?.categories ?? [])),
    brands: brandsOf(blocks),
    score: verdicts?.overall?.score ?? undefined,
    redirectChain: redirectChainOf(result),
    technologies: unique((shownFields?.meta?.processors?.wappa?.data ?? []).map((tech) => tech.app)),
    counts: {
      requests: result.data?.requests?.length ?? 0,
      domains: lists?.domains?.length ?? 0,
      cookies: shownFields?.data?.cookies?.length ?? 0,
      consoleErrors: consoleErrors.length,
    },
    consoleErrors: consoleErrors.filter((message) => message.trim() !== ''),
  };
}
