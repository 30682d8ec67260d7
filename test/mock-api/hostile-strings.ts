// Report strings come from the scanned site, so a hostile site controls them. URLs with this keyword
// make the mock's report carry markup where a careless UI would run it: the page title and a console
// error, and for a flagged page (malicious or suspicious) also a risk category and a phishing kind, which
// reach the verdict's reasons (badge, hover card, banner, warning page). Only host and path count, as for
// the verdict keywords; the verdict itself is unaffected.
export const MARKUP_HINT =
  'URLs containing "markup" → a page title, console error, and for flagged pages a category and phishing kind made of HTML, which must be shown as text';

export const HOSTILE_TITLE = `<img src=x onerror="document.title='pwned'">Sign in`;
export const HOSTILE_CONSOLE_TEXT = `Uncaught SyntaxError: Unexpected token '<' in <script>document.title='pwned'</script>`;
/** A risk category name, for flagged pages only: a safe page's risks would make it suspicious. */
export const HOSTILE_CATEGORY = `<img src=x onerror="document.title='pwned'">Fake Login`;
/** A phishing kind, for flagged pages only: any phishing signal makes a page suspicious. */
export const HOSTILE_PHISHING_KIND = `<svg onload="document.title='pwned'"><script>document.title='pwned'</script></svg>Kit`;

export function carriesMarkup(url: string): boolean {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname}`.toLowerCase().includes('markup');
}
