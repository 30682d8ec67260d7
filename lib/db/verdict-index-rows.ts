import { z } from '../z';
import type { IndexBucket } from './verdict-index';

// The rows of the `verdictIndex` table, apart from the code that reads and writes them, so the database
// class can name the table's row type without importing that code (which imports the class back).

/** The key of the row naming the index's state: a new random stamp with every write. */
export const STAMP_KEY = -1;
export const stampRowSchema = z.object({ bucket: z.literal(STAMP_KEY), stamp: z.string() });
export type StampRow = z.infer<typeof stampRowSchema>;
export type VerdictIndexRow = IndexBucket | StampRow;
