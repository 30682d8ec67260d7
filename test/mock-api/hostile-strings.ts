// Report strings come from the scanned site, so a hostile site controls them. URLs with this keyword
// make the mock's report carry markup where a careless UI would run it: the page title and a console
// error. Only host and path count, as for the verdict keywords; the verdict itself is unaffected.
export const MARKUP_HINT =
  'URLs containing "markup" → a page title and console error made of HTML, which must be shown as text';

export const HOSTILE_TITLE = `<img src=x onerror="document.title='pwned'">Sign in`;
export const HOSTILE_CONSOLE_TEXT = `Uncaught SyntaxError: Unexpected token '<' in <script>document.title='pwned'</script>`;

export function carriesMarkup(url: string): boolean {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname}`.toLowerCase().includes('markup');
}
