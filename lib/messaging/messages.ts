import { scanIdSchema } from '../cloudflare/result-schema';
import { reportFileKindSchema } from '../report/report-files';
import { scanReasonSchema } from '../scan/scan-reason';
import type { SettingsUpdate } from '../settings/settings-update';
import { z } from '../z';

// The one contract between the background and everything that talks to it. The background parses every
// request with `requestSchema` and checks who sent it (see `isAllowedFrom`).

const url = z.string().max(16_384);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan'), url, reason: scanReasonSchema, rescan: z.boolean().optional() }),
  z.object({ type: z.literal('get-verdicts'), urls: z.array(url).max(2_000) }),
  z.object({ type: z.literal('get-verdict'), url }),
  z.object({ type: z.literal('get-page-settings') }),
  z.object({ type: z.literal('get-settings') }),
  // Field by field validation happens in `applySettingsUpdate`, which answers with a message per field.
  z.object({ type: z.literal('save-settings'), settings: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('test-connection'), settings: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('get-history'), limit: z.number().int().min(1).max(10_000) }),
  z.object({ type: z.literal('clear-history') }),
  // The history as files (never the settings), and a file merged back in (its text, parsed there).
  z.object({ type: z.literal('export-history'), format: z.enum(['json', 'csv']) }),
  z.object({ type: z.literal('import-history'), text: z.string().max(50_000_000) }),
  // A finished scan's report and screenshots, for the popup and the checking page.
  z.object({ type: z.literal('get-report'), scanId: z.string().max(64) }),
  // Where a URL's scan stands: its verdict, its job while one runs, and what holds the queue up.
  z.object({ type: z.literal('get-scan-status'), url }),
  // The hover card: a link's verdict and the thumbnail of its screenshot.
  // The link's text, so the card can say when it shows one address and goes to another.
  z.object({ type: z.literal('get-link-card'), url, linkText: z.string().max(500).optional() }),
  // "Trust this site": from a content script only for the page it runs in (checked by the handler).
  z.object({ type: z.literal('trust-site'), url }),
  // "Continue anyway" on the warning page: this URL may load in this browser session.
  z.object({ type: z.literal('allow-for-session'), url }),
  // Today's automatic scans against their budgets, and resuming them (for the day and the tab).
  z.object({ type: z.literal('get-auto-scan-budget'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('resume-auto-scans'), tabId: z.number().int().optional() }),
  // Strict mode: a clicked link opens on the checking page until its verdict is in.
  z.object({ type: z.literal('hold-navigation'), url, newTab: z.boolean() }),
  // The full report page: every section of a stored report, and its HAR or DOM fetched from the scanner.
  z.object({ type: z.literal('get-full-report'), scanId: z.string().max(64) }),
  z.object({ type: z.literal('get-report-file'), scanId: scanIdSchema, kind: reportFileKindSchema }),
  // The account refused the visibility asked for: the person's choice (Public scans, or stay paused), and
  // "I have seen it" for a scan made more public than asked. Extension pages only.
  z.object({ type: z.literal('choose-scan-visibility'), choice: z.enum(['public', 'keep-private']) }),
  z.object({ type: z.literal('dismiss-visibility-mismatch') }),
  // The banner's "Open the full report": no id or address, the sender's own page decides (see handler).
  z.object({ type: z.literal('open-report') }),
]);
export type Request = z.infer<typeof requestSchema>;
/** A request as a sender writes it (defaults not yet applied). */
export type RequestInput =
  | Exclude<z.input<typeof requestSchema>, { type: 'save-settings' | 'test-connection' }>
  | { type: 'save-settings'; settings: SettingsUpdate }
  | { type: 'test-connection'; settings: SettingsUpdate };
export type RequestType = Request['type'];

/** Who is asking: a content script in some web page, or one of the extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page';

/** What the background knows of a request's sender, checked by the browser rather than claimed. */
export interface Sender {
  kind: SenderKind;
  tabId?: number;
  /** The URL of the page (or frame) that sent it. */
  url?: string;
}

/** Content scripts run inside pages that may be hostile: they may only ask for these. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'scan',
  'get-verdicts',
  'get-verdict',
  'get-page-settings',
  'get-link-card',
  'trust-site',
  'hold-navigation',
  'open-report',
]);
const CONTENT_SCRIPT_REASONS: ReadonlySet<string> = new Set(['link-hovered', 'link-clicked', 'page-visited']);

export function isAllowedFrom(sender: SenderKind, request: Request): boolean {
  if (sender === 'extension-page') return true;
  if (!CONTENT_SCRIPT_REQUESTS.has(request.type)) return false;
  // A page must not be able to spend the account's quota on forced rescans.
  return request.type !== 'scan' || (CONTENT_SCRIPT_REASONS.has(request.reason) && !request.rescan);
}

/** Every reply has this envelope, so a refusal is never mistaken for an empty answer. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
