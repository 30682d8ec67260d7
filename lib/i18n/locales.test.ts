import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { t } from './translate';

const LOCALES_DIR = resolve(import.meta.dirname, 'locales');
const localeFiles = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.yml'));

/** Each message's key with what it substitutes and whether it is a plural. */
async function shapeOf(file: string): Promise<Map<string, string>> {
  const messages: ParsedMessage[] = await parseMessagesFile(resolve(LOCALES_DIR, file));
  return new Map(
    messages
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [
        m.key.join('.'),
        `${m.type === 'plural' ? 'plural' : 'text'}, ${m.substitutions} substitutions`,
      ]),
  );
}

describe('locale files', () => {
  it('include English and at least one more language', () => {
    expect(localeFiles).toContain('en.yml');
    expect(localeFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(localeFiles.filter((file) => file !== 'en.yml'))(
    '%s has every English key, with the same substitutions and plural forms, and no other key',
    async (file) => {
      const english = await shapeOf('en.yml');
      const other = await shapeOf(file);
      const missing = [...english.keys()].filter((key) => !other.has(key));
      const extra = [...other.keys()].filter((key) => !english.has(key));
      const different = [...english].filter(([key, shape]) => other.has(key) && other.get(key) !== shape);
      expect({ missing, extra, different }).toEqual({ missing: [], extra: [], different: [] });
    },
  );

  it('every key the code asks for exists in English', async () => {
    const english = await shapeOf('en.yml');
    const asked = sourceFiles(resolve(import.meta.dirname, '../..'), [
      'lib',
      'components',
      'entrypoints',
    ]).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((match) => match[1] as string),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((key) => !english.has(key))).toEqual([]);
  });

  it('unit tests read the English strings', () => {
    expect(t('extension.name')).toBe('Scanlink');
  });
});

/** The non-test TypeScript files under `dirs`. */
function sourceFiles(root: string, dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => resolve(root, dir, file)),
  );
}
