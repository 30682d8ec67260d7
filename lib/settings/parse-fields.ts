import { t } from '../i18n/translate';
import type { z } from '../z';

export interface ParsedFields<Shape extends Record<string, z.ZodType>> {
  values: Partial<{ [K in keyof Shape]: z.infer<Shape[K]> }>;
  /** Field → the first problem with it. */
  errors: Partial<Record<keyof Shape, string>>;
}

/**
 * Validates each field of `input` on its own, so every bad field is reported (and one bad field does not
 * hide the others). Keys not in `shape` are ignored.
 */
export function parseFields<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  input: unknown,
): ParsedFields<Shape> {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const result: ParsedFields<Shape> = { values: {}, errors: {} };
  for (const key of Object.keys(shape) as (keyof Shape & string)[]) {
    const parsed = (shape[key] as z.ZodType).safeParse(record[key]);
    if (parsed.success) result.values[key] = parsed.data as z.infer<Shape[typeof key]>;
    else result.errors[key] = parsed.error.issues[0]?.message ?? t('settings.invalid');
  }
  return result;
}
