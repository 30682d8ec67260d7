import { readFileSync } from 'node:fs';
import type seed from '../fixtures/cloudflare/result-seed.json';

// The documented example report is the template for every report the mock serves, so the mock's
// shape cannot drift from the documented one: builders fill its keys in, never invent new ones.
// Read from disk rather than imported, so every loader (tsx, vitest, Playwright) handles it alike.
export type Report = typeof seed;

const template = JSON.parse(
  readFileSync(new URL('../fixtures/cloudflare/result-seed.json', import.meta.url), 'utf8'),
) as Report;

/** A fresh deep copy of the template report, safe to fill in. */
export function reportTemplate(): Report {
  return structuredClone(template);
}

type ArrayItem<T> = T extends readonly (infer U)[] ? U : never;
export type ReportData = Report['data'];
export type RequestEntry = ArrayItem<ReportData['requests']>;
export type Processors = Report['meta']['processors'];
export type Category = ArrayItem<ArrayItem<Processors['urlCategories']['data']>['risks']>;
