import { z } from 'zod';

// Extension pages ship a CSP without 'unsafe-eval': zod must never try `new Function` (its JIT).
// Every module imports `z` from here so this runs before any schema is built.
z.config({ jitless: true });

export { z };

/** A field the product only displays: any drift (wrong type, null) degrades to "absent". */
export function shown<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** A field the product decides on: it may be absent or null, but a drifted value rejects the whole. */
export function judged<T extends z.ZodType>(schema: T) {
  return schema.nullish();
}
