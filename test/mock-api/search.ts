import type { Report } from './fixture';
import { type QueryNode, QuerySyntaxError } from './search-query';
import type { ScanRecord } from './types';

/** One scan as search sees it: its record, its finished report, and whose API key submitted it. */
export interface SearchDoc {
  scan: ScanRecord;
  report: Report;
  mine: boolean;
}

type Getter = (doc: SearchDoc) => string[];

// Plain keyword fields: a term matches when any of the values equals it (case-insensitively).
const KEYWORD_FIELDS: Record<string, Getter> = {
  'task.url': (d) => [d.report.task.url],
  'task.uuid': (d) => [d.report.task.uuid],
  'task.visibility': (d) => [d.report.task.visibility],
  'task.domain': (d) => [d.report.task.domain],
  'task.apexDomain': (d) => [d.report.task.apexDomain],
  'page.url': (d) => [d.report.page.url],
  'page.domain': (d) => [d.report.page.domain],
  'page.apexDomain': (d) => [d.report.page.apexDomain],
  'page.ip': (d) => [d.report.page.ip],
  'page.asn': (d) => [d.report.page.asn],
  'page.country': (d) => [d.report.page.country],
  // "Any request went there", not only the page itself.
  domain: (d) => d.report.lists.domains,
  ip: (d) => d.report.lists.ips,
  hash: (d) => d.report.lists.hashes,
};

const SPECIAL_FIELDS = ['verdicts.malicious', 'date', 'apikey'];

/** Throws QuerySyntaxError for values the real API would reject, so the caller can answer 400. */
export function matches(node: QueryNode, doc: SearchDoc, now: number): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((child) => matches(child, doc, now));
    case 'or':
      return node.children.some((child) => matches(child, doc, now));
    case 'not':
      return !matches(node.child, doc, now);
    case 'term':
      return matchTerm(node, doc, now);
  }
}

/** Checks every term once up front, so an invalid query fails even when there is nothing to search. */
export function validate(node: QueryNode): void {
  if (node.kind === 'term') {
    if (!(node.field in KEYWORD_FIELDS) && !SPECIAL_FIELDS.includes(node.field)) {
      throw new QuerySyntaxError(
        `Unsupported field "${node.field}" (the mock knows ${[...Object.keys(KEYWORD_FIELDS), ...SPECIAL_FIELDS].join(', ')})`,
      );
    }
    if (node.field === 'verdicts.malicious' && !/^(true|false)$/i.test(node.value)) {
      throw new QuerySyntaxError(`verdicts.malicious must be true or false, got "${node.value}"`);
    }
    if (node.field === 'apikey' && node.value.toLowerCase() !== 'me') {
      throw new QuerySyntaxError('apikey only accepts "me"');
    }
    if (node.field === 'date') parseDateCondition(node.value, 0);
  } else if (node.kind === 'not') {
    validate(node.child);
  } else {
    for (const child of node.children) validate(child);
  }
}

function matchTerm(term: Extract<QueryNode, { kind: 'term' }>, doc: SearchDoc, now: number): boolean {
  switch (term.field) {
    case 'verdicts.malicious':
      return String(doc.report.verdicts.overall.malicious) === term.value.toLowerCase();
    case 'apikey':
      return doc.mine;
    case 'date': {
      const { op, at } = parseDateCondition(term.value, now);
      const time = doc.scan.submittedAt;
      return op === '>' ? time > at : op === '>=' ? time >= at : op === '<' ? time < at : time <= at;
    }
  }
  const getter = KEYWORD_FIELDS[term.field];
  if (!getter) throw new QuerySyntaxError(`Unsupported field "${term.field}"`);
  const test = valueTest(term.value, term.quoted);
  return getter(doc).some(test);
}

function valueTest(value: string, quoted: boolean): (candidate: string) => boolean {
  const wanted = value.toLowerCase();
  // Unquoted `*` is a wildcard in query-string syntax (page.domain:*.example.com).
  if (!quoted && wanted.includes('*')) {
    const pattern = wanted.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const regex = new RegExp(`^${pattern.join('.*')}$`);
    return (candidate) => regex.test(candidate.toLowerCase());
  }
  const canonical = canonicalUrl(value)?.toLowerCase();
  return (candidate) => {
    const c = candidate.toLowerCase();
    return c === wanted || c === canonical;
  };
}

// URLs are stored canonicalised (new URL(...).href), so `https://example.com` finds `https://example.com/`.
function canonicalUrl(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

function parseDateCondition(value: string, now: number): { op: '>' | '>=' | '<' | '<='; at: number } {
  const match = /^(>=|<=|>|<)(.+)$/.exec(value);
  const op = match?.[1] as '>' | '>=' | '<' | '<=' | undefined;
  const operand = match?.[2] ?? '';
  if (!op) throw new QuerySyntaxError(`date needs a comparison such as date:>now-7d, got "${value}"`);
  const relative = /^now(?:-(\d+)([smhdw]))?$/.exec(operand);
  if (relative) {
    const amount = Number(relative[1] ?? 0);
    return { op, at: now - amount * (UNIT_MS[relative[2] ?? 's'] ?? 0) };
  }
  const absolute = /^\d{4}-\d{2}-\d{2}/.test(operand) ? Date.parse(operand) : Number.NaN;
  if (Number.isNaN(absolute)) throw new QuerySyntaxError(`Cannot read the date "${operand}"`);
  return { op, at: absolute };
}
