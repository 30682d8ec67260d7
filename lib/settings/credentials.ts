import { z } from '../z';

/**
 * How Cloudflare's API is told who asks: an API token, or the legacy global key with its account email.
 * Its own module so the Cloudflare client can name it without importing the whole settings schema
 * (which imports the scanner clients for their defaults: an import cycle).
 */
export const credentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), token: z.string().trim() }),
  z.object({ kind: z.literal('global-key'), email: z.string().trim(), key: z.string().trim() }),
]);
export type Credentials = z.infer<typeof credentialsSchema>;
