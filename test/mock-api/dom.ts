import type { SiteProfile } from './site-profile';

// The rendered DOM the scanner serialised. Plain strings, escaped, because the host comes from the
// submitted URL and this text ends up in tests that may display it.
export function domFor(profile: SiteProfile): string {
  const host = escapeHtml(profile.host);
  const title = escapeHtml(profile.title);
  const body = bodyFor(profile, host);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    profile.verdict === 'unreachable'
      ? ''
      : '<script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>',
    '</head>',
    `<body>${body}</body></html>`,
  ].join('');
}

function bodyFor(profile: SiteProfile, host: string): string {
  switch (profile.verdict) {
    case 'malicious':
      return (
        '<form action="/wp-includes/post.php" method="post"><h1>Verify your account</h1>' +
        '<input name="email" type="email" placeholder="Email"><input name="password" type="password">' +
        '<button type="submit">Sign in</button></form>'
      );
    case 'suspicious':
      return `<h1>${host}</h1><p>This domain was registered recently. Coming soon.</p><a href="/login">Login</a>`;
    case 'unreachable':
      return '';
    case 'safe':
      return (
        `<h1>Welcome to ${host}</h1><p>Nothing to see here.</p>` +
        '<a href="/about">About</a> <a href="https://www.iana.org/domains/example">More information</a>'
      );
  }
}

/** The anchors in `domFor`'s body, resolved against the page, as the report lists them. */
export function linksFor(profile: SiteProfile): { href: string; text: string }[] {
  const relative: [string, string][] =
    profile.verdict === 'safe'
      ? [
          ['/about', 'About'],
          ['https://www.iana.org/domains/example', 'More information'],
        ]
      : profile.verdict === 'suspicious'
        ? [['/login', 'Login']]
        : [];
  return relative.map(([href, text]) => ({ href: new URL(href, profile.url).href, text }));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
