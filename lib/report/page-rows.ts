import type { FullReportSource } from './full-report-schema';
import { text, unique } from './summary-fields';

// What the page itself held: cookies, console messages, links, the script globals it defined, and the
// technologies the scanner recognised in it.

export type CookieRow = {
  name: string | undefined;
  value: string | undefined;
  domain: string | undefined;
  path: string | undefined;
  /** ms since the epoch; undefined for a session cookie or when the report does not say. */
  expires: number | undefined;
  session: boolean | undefined;
  httpOnly: boolean | undefined;
  secure: boolean | undefined;
  sameSite: string | undefined;
  size: number | undefined;
};

export type ConsoleRow = {
  index: number;
  level: string | undefined;
  source: string | undefined;
  text: string | undefined;
  url: string | undefined;
};

export type LinkRow = { href: string | undefined; text: string | undefined };

export type GlobalRow = { name: string | undefined; type: string | undefined };

export type TechnologyRow = {
  name: string | undefined;
  categories: string | undefined;
  /** The scanner's confidence, 0–100. */
  confidence: number | undefined;
  website: string | undefined;
};

export function cookieRowsOf(report: FullReportSource): CookieRow[] | undefined {
  return report.data?.cookies?.map((cookie) => ({
    name: text(cookie.name),
    // An empty value is a value: kept as it is.
    value: cookie.value,
    domain: text(cookie.domain),
    path: text(cookie.path),
    // Chrome writes -1 for a session cookie, and the expiry in seconds otherwise.
    expires: cookie.expires !== undefined && cookie.expires > 0 ? cookie.expires * 1000 : undefined,
    session: cookie.session,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: text(cookie.sameSite),
    size: cookie.size,
  }));
}

export function consoleRowsOf(report: FullReportSource): ConsoleRow[] | undefined {
  return report.data?.console?.map((entry, index) => ({
    index: index + 1,
    level: text(entry.message?.level),
    source: text(entry.message?.source),
    text: entry.message?.text,
    url: text(entry.message?.url),
  }));
}

export function linkRowsOf(report: FullReportSource): LinkRow[] | undefined {
  return report.data?.links?.map((link) => ({ href: text(link.href), text: link.text }));
}

export function globalRowsOf(report: FullReportSource): GlobalRow[] | undefined {
  return report.data?.globals?.map((global) => ({ name: text(global.prop), type: text(global.type) }));
}

export function technologyRowsOf(report: FullReportSource): TechnologyRow[] | undefined {
  return report.meta?.processors?.wappa?.data?.map((tech) => {
    const categories = unique((tech.categories ?? []).map((c) => c.name));
    return {
      name: text(tech.app),
      categories: categories.length > 0 ? categories.join(', ') : undefined,
      confidence: tech.confidenceTotal,
      website: text(tech.website),
    };
  });
}
