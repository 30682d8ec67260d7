// `npm run lint:firefox`: builds the Firefox package into its own directory and lints it as
// addons.mozilla.org does (`web-ext lint`, offline). Errors fail, and so does every warning except the
// explained ones below, each recognised by the library code it points at: a new `Function` or
// `innerHTML` anywhere else still fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from '../lib/z';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = join(ROOT, process.env.SCANLINK_OUT_DIR ?? '.output', 'firefox-mv3');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

interface ExplainedWarning {
  code: string;
  why: string;
  /** The code just before the reported column, and the code starting at it. */
  before: RegExp;
  at: RegExp;
}

const EXPLAINED: ExplainedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    why: "zod's probe for `new Function` (its JIT); lib/z.ts sets `jitless`, which zod checks first, so the probe never runs",
    before: /\.jitless\|\|[^{}]*\)\)return!1;try\{return $/,
    at: /^Function\(``\),!0\}catch\{return!1\}/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's support for `dangerouslySetInnerHTML`, which Scanlink never uses (Biome's noDangerouslySetInnerHtml is an error)",
    before: /==`dangerouslySetInnerHTML`\?[\s\S]*\.__html==\w+\.innerHTML\)\|\|\($/,
    at: /^\w+\.innerHTML=\w+\.__html\)/,
  },
];

const lintMessage = z.object({
  code: z.string(),
  message: z.string(),
  description: z.unknown().optional(),
  file: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
});
type LintMessage = z.infer<typeof lintMessage>;
const lintReport = z.object({
  errors: z.array(lintMessage),
  warnings: z.array(lintMessage),
  notices: z.array(lintMessage),
});

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // web-ext's update check is the only thing in it that would go online.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.error) throw result.error;
  return result.stdout;
}

function explanationOf(warning: LintMessage): string | undefined {
  const { file, line, column } = warning;
  if (!file || line === undefined || column === undefined) return undefined;
  const text = readFileSync(join(SOURCE_DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  const start = column - 1;
  const before = text.slice(Math.max(0, start - 400), start);
  const at = text.slice(start, start + 200);
  return EXPLAINED.find(
    (known) => known.code === warning.code && known.before.test(before) && known.at.test(at),
  )?.why;
}

const where = (m: LintMessage) =>
  [m.file ?? 'manifest', m.line, m.column].filter((part) => part !== undefined).join(':');
const describe = (m: LintMessage) =>
  `${m.code} at ${where(m)}: ${m.message}${m.description ? `\n    ${[m.description].flat().join(' ')}` : ''}`;

process.stdout.write(run(bin('wxt'), ['build', '-b', 'firefox']));
const output = run(bin('web-ext'), [
  'lint',
  '--source-dir',
  SOURCE_DIR,
  '--output',
  'json',
  '--no-config-discovery',
]);
const parsed = lintReport.safeParse(JSON.parse(output.slice(output.indexOf('{')) || '{}'));
if (!parsed.success) {
  console.error(`web-ext lint gave no report we can read:\n${output}`);
  process.exit(1);
}

const { errors, warnings, notices } = parsed.data;
const unexplained = warnings.filter((warning) => !explanationOf(warning));
console.log(
  `\nweb-ext lint ${SOURCE_DIR}: ${errors.length} errors, ${warnings.length} warnings ` +
    `(${warnings.length - unexplained.length} explained), ${notices.length} notices`,
);
for (const warning of warnings) {
  const why = explanationOf(warning);
  if (why) console.log(`  explained: ${warning.code} at ${where(warning)}: ${why}`);
}
for (const notice of notices) console.log(`  notice: ${describe(notice)}`);
for (const warning of unexplained) console.error(`  WARNING ${describe(warning)}`);
for (const error of errors) console.error(`  ERROR ${describe(error)}`);
if (errors.length > 0 || unexplained.length > 0) process.exit(1);
