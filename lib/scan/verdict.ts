import { z } from '../z';

export const verdictKindSchema = z.enum(['safe', 'suspicious', 'malicious', 'unknown', 'pending', 'error']);
export type VerdictKind = z.infer<typeof verdictKindSchema>;

export const FINAL_VERDICTS: ReadonlySet<VerdictKind> = new Set([
  'safe',
  'suspicious',
  'malicious',
  'unknown',
]);
