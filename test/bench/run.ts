import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apiEconomy } from './api-economy';
import { type BenchSection, type BenchSize, createBenchContext } from './bench-context';
import { bundleWeight } from './bundle-weight';
import { dwellLatency } from './dwell-latency';
import { type Figure, formatTable, meetsTarget } from './figures';
import { heavyPages } from './heavy-pages';
import { popupLatency } from './popup-latency';
import { verdictLookup } from './verdict-lookup';

// `npm run bench` measures the built extension (run `npm run build` first; the npm script does) in
// Debian's Chromium against the mock API, prints a table and writes bench-results/bench-<size>.json.
// Timing never fails it: only a measurement that cannot be taken does.

const SECTIONS: readonly BenchSection[] = [
  bundleWeight,
  verdictLookup,
  popupLatency,
  apiEconomy,
  heavyPages,
  dwellLatency,
];

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    runs: { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});
const size = values.size as BenchSize;
if (size !== 'small' && size !== 'full') throw new Error(`--size must be small or full, not ${values.size}`);
const runs = Number(values.runs ?? (size === 'small' ? 1 : 5));
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
const chosen = values.only
  ? SECTIONS.filter((section) => values.only?.some((only) => section.name.toLowerCase().includes(only)))
  : SECTIONS;

const bench = createBenchContext(size, runs);
const figures: Figure[] = [];
const started = Date.now();
try {
  for (const section of chosen) {
    bench.log(`${section.name}…`);
    const sectionStart = Date.now();
    figures.push(...(await section.measure(bench)));
    bench.log(`${section.name}: ${((Date.now() - sectionStart) / 1000).toFixed(1)} s`);
  }
} finally {
  bench.dispose();
}

const outDir = resolve(import.meta.dirname, '../../bench-results');
mkdirSync(outDir, { recursive: true });
const report = {
  size,
  runs,
  date: new Date().toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  figures: figures.map((figure) => ({ ...figure, met: meetsTarget(figure) })),
};
const file = join(outDir, `bench-${size}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatTable(figures));
console.log(
  `\n${figures.length} figures, ${report.seconds} s, size ${size}, ${runs} run(s) each; JSON: ${file}`,
);
