import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/support/launch';
import type { BenchSection } from './bench-context';
import type { Figure } from './figures';

const KB = 1000;

/** Each context's code: a script, or a page with every script and stylesheet its HTML loads. */
const BUNDLES = [
  { name: 'content script', entry: 'content-scripts/content.js', gzipTarget: 15 },
  { name: 'background', entry: 'background.js' },
  { name: 'popup', entry: 'popup.html' },
  { name: 'options', entry: 'options.html' },
  { name: 'checking page', entry: 'check.html' },
  { name: 'report page', entry: 'report.html' },
] as const;

/** The files a context loads: the script itself, or a page's HTML plus what it references. */
export function bundleFiles(entry: string): string[] {
  if (!entry.endsWith('.html')) return [entry];
  const html = readFileSync(join(EXTENSION_DIR, entry), 'utf8');
  const referenced = [...html.matchAll(/\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  return [entry, ...referenced.filter((file): file is string => file !== undefined)];
}

function weigh(files: readonly string[]) {
  const contents = files.map((file) => readFileSync(join(EXTENSION_DIR, file)));
  return {
    raw: contents.reduce((sum, content) => sum + content.byteLength, 0) / KB,
    // Gzipped one by one: that is how the files travel in a store package and sit in the cache.
    gzipped: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).byteLength, 0) / KB,
  };
}

export const bundleWeight: BenchSection = {
  name: 'Weight (bundles)',
  async measure() {
    return BUNDLES.flatMap((bundle): Figure[] => {
      const files = bundleFiles(bundle.entry);
      const { raw, gzipped } = weigh(files);
      const note = files.length > 1 ? `${files.length} files` : bundle.entry;
      return [
        { section: 'Weight', name: `${bundle.name}, raw`, value: raw, unit: 'kB', note },
        {
          section: 'Weight',
          name: `${bundle.name}, gzipped`,
          value: gzipped,
          unit: 'kB',
          note,
          ...('gzipTarget' in bundle ? { target: { limit: bundle.gzipTarget, kind: 'max' as const } } : {}),
        },
      ];
    });
  },
};
