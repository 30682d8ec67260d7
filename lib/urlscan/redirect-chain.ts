import { normaliseUrl } from '../url/normalise-url';
import { shown, z } from '../z';
import type { UrlscanResult } from './schemas';

// The page's redirect hops, read from the main document's entry in `data.requests`. Each entry mirrors
// Chrome's `Network.requestWillBeSent`: Chrome reuses one requestId across redirects, and each event's
// `redirectResponse` is the answer of the hop before it. urlscan.io keeps the earlier events of the chain
// in `requests` and the final one in `request`.

const event = z.looseObject({
  type: shown(z.string()),
  request: shown(z.looseObject({ url: shown(z.string()) })),
  redirectResponse: shown(z.looseObject({ url: shown(z.string()), status: shown(z.number()) })),
});
const entry = z.looseObject({ request: shown(event), requests: shown(z.array(z.unknown())) });

function documentEntry(requests: readonly unknown[]) {
  const entries = requests.flatMap((raw) => {
    const parsed = entry.safeParse(raw);
    return parsed.success && parsed.data.request ? [parsed.data] : [];
  });
  return entries.find((e) => e.request?.type === 'Document') ?? entries[0];
}

/** From the submitted URL to the final one, when the page went through more than one address. */
export function redirectChainOf(result: UrlscanResult): string[] | undefined {
  const main = documentEntry(result.data?.requests ?? []);
  const hops: string[] = [];
  const same = (a: string, b: string | undefined) =>
    b !== undefined && (normaliseUrl(a) ?? a) === (normaliseUrl(b) ?? b);
  const add = (url: string | undefined) => {
    if (url && !same(url, hops.at(-1))) hops.push(url);
  };
  if (main) {
    const earlier = (main.requests ?? []).flatMap((raw) => {
      const parsed = event.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    for (const step of [...earlier, main.request]) {
      add(step?.redirectResponse?.url);
      add(step?.request?.url);
    }
  }
  // Without request data, the submitted and final URLs still show that the page moved.
  if (hops.length < 2) {
    hops.length = 0;
    add(result.task.url);
    add(result.page?.url);
  }
  return hops.length > 1 ? hops : undefined;
}
