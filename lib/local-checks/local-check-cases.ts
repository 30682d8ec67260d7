/**
 * Real-world-shaped phishing links and their legitimate twins, with what the local check is expected to
 * say about each. `truth` is what the link really is; `expected` is what this check says, so the known
 * misses and false alarms are written down here rather than hidden (each has a `note`). The README's
 * detection and false-positive figures come from this table (see README.md in this folder).
 * Hosts under .example and addresses in the documentation ranges stand in for attacker sites.
 */

export type LocalCheckCase = {
  readonly url: string;
  readonly linkText?: string;
  readonly truth: 'phishing' | 'legitimate';
  readonly expected: 'suspicious' | 'no-finding';
  /** Why a row's expectation differs from its truth. */
  readonly note?: string;
};

/** An Outlook SafeLinks wrapper around `url`, as Microsoft Defender rewrites links in mail. */
export function safeLinks(url: string): string {
  return `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Cuser%40contoso.com%7C1a2b&sdata=AbCdEf%3D&reserved=0`;
}

/** A Proofpoint URL Defense v2 wrapper around `url` (% written as -, / as _). */
export function urlDefenseV2(url: string): string {
  const encoded = encodeURIComponent(url)
    .replaceAll('-', '%2D')
    .replaceAll('_', '%5F')
    .replaceAll('%2F', '_')
    .replaceAll('%', '-');
  return `https://urldefense.proofpoint.com/v2/url?u=${encoded}&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=abc&m=def&s=ghi&e=`;
}

/** A Google search result redirect to `url`. */
export function googleRedirect(url: string): string {
  return `https://www.google.com/url?sa=t&source=web&rct=j&q=&url=${encodeURIComponent(url)}&ved=2ahUKE`;
}

const phishing = (url: string, linkText?: string): LocalCheckCase => ({
  url,
  truth: 'phishing',
  expected: 'suspicious',
  ...(linkText === undefined ? {} : { linkText }),
});
const legitimate = (url: string, linkText?: string): LocalCheckCase => ({
  url,
  truth: 'legitimate',
  expected: 'no-finding',
  ...(linkText === undefined ? {} : { linkText }),
});
const missed = (url: string, note: string): LocalCheckCase => ({
  url,
  truth: 'phishing',
  expected: 'no-finding',
  note,
});
const falseAlarm = (url: string, note: string): LocalCheckCase => ({
  url,
  truth: 'legitimate',
  expected: 'suspicious',
  note,
});

export const LOCAL_CHECK_CASES: readonly LocalCheckCase[] = [
  // Homographs: other scripts, accents, digit and letter swaps.
  phishing('https://pаypal.com/signin'),
  phishing('https://xn--pypal-4ve.com/cgi-bin/webscr'),
  phishing('https://аррӏе.com/'),
  phishing('https://xn--80ak6aa92e.com/account'),
  phishing('https://gооgle.com/'),
  phishing('https://аmazon.com/gp/your-account'),
  phishing('https://faсebook.com/login'),
  phishing('https://netfliх.com/'),
  phishing('https://paypäl.com/'),
  phishing('https://www.xn--paypl-jra.com/'),
  phishing('https://paypa1.com/'),
  phishing('https://micros0ft.com/'),
  phishing('https://arnazon.com/'),
  phishing('https://rnicrosoft.com/'),
  phishing('https://g00gle.com/'),
  phishing('https://googel.com/'),
  phishing('https://faceb00k.com/login'),
  phishing('https://netfl1x.com/'),
  phishing('https://linkedln.com/'),
  phishing('https://paypai.com/'),
  phishing('https://gooogle.com/'),
  // The brand's name in an unrelated registrable domain.
  phishing('https://amaz0n-support.com/'),
  phishing('https://paypal-secure-login.com/'),
  phishing('https://secure-paypal.net/webscr'),
  phishing('https://apple-id-verify.com/'),
  phishing('https://microsoft-office365-login.com/'),
  phishing('https://netflix-billing-update.com/'),
  phishing('https://wellsfargo-online.com/'),
  phishing('https://paypal.support/'),
  phishing('https://coinbase-wallet-restore.com/'),
  phishing('https://binance-verify.com/'),
  phishing('https://dropbox-shared-file.example/'),
  phishing('https://paypal-login.github.io/'),
  phishing('https://microsoft-verify.web.app/'),
  phishing('https://docusign-document.pages.dev/'),
  phishing('https://apple.icloud-verify.net/'),
  // The brand in the subdomains of someone else's domain.
  phishing('https://paypal.com.secure-login.example/'),
  phishing('https://www.paypal.com.account-update.info/'),
  phishing('https://appleid.apple.com.verify-session.net/'),
  phishing('https://login.microsoftonline.com.evil-auth.example/'),
  phishing('https://amazon-com.order-confirm.example/'),
  phishing('https://gmail.com-security-check.example/'),
  phishing('https://paypal.evil.example/login'),
  phishing('https://chase.secure-banking.example/'),
  // The brand in the path of someone else's site, next to sign-in words.
  phishing('https://example.net/paypal/login'),
  phishing('https://evil.example/www.paypal.com/signin/'),
  phishing('https://compromised-blog.example/wp-content/uploads/office365/verify.html'),
  phishing('https://shop.example/.well-known/netflix/update-billing'),
  // Raw and disguised IP addresses, @ tricks, stacked subdomains.
  phishing('http://203.0.113.5/login'),
  phishing('http://3405803781/paypal'),
  phishing('http://0xCB007105/'),
  phishing('http://0313.0.0161.05/'),
  phishing('http://[2001:db8::1]/login'),
  phishing('https://www.paypal.com@evil.example/'),
  phishing('https://secure.login.account.verify.update.evil.example/'),
  phishing('https://a.b.c.d.e.f.g.evil.example/'),
  // Link text that shows one domain while the link goes to another.
  phishing('https://evil.example/', 'www.paypal.com'),
  phishing('https://alerts.example/', 'https://www.chase.com/login'),
  phishing('http://198.51.100.7/', 'bankofamerica.com'),
  phishing('https://parcel-track.example/', 'Track your parcel at dhl.com'),
  // Phishing behind link wrappers.
  phishing(safeLinks('https://paypal-secure-login.com/')),
  phishing(urlDefenseV2('http://micros0ft.com/login')),
  phishing('https://urldefense.com/v3/__https://xn--pypal-4ve.com/signin__;!!ABCdef123!GhIjKl$'),
  phishing(googleRedirect('https://arnazon.com/')),
  phishing(safeLinks(googleRedirect('https://paypal.com.secure-login.example/'))),
  phishing(safeLinks('https://evil.example/'), 'https://www.paypal.com/'),
  // Known misses: nothing in the address itself gives these away.
  missed('https://sites.google.com/view/paypal-resolution-center', 'Hosted on a Google-owned domain.'),
  missed('https://forms.office.com/r/AbC123xYz', 'A credential form on a Microsoft-owned domain.'),
  missed('https://kj3h4-delivery.example/track', 'No brand, no trick: only a remote scan can tell.'),
  missed('https://bit.ly/3xYzAbc', 'Shortened links are not expanded offline.'),
  missed('https://paypal.evil.example/', 'A brand subdomain with no sign-in words is left to the scan.'),

  // The brands' own sites, subdomains and regional domains.
  legitimate('https://www.paypal.com/signin'),
  legitimate('https://paypal.me/someone'),
  legitimate('https://www.paypal.com/de/home'),
  legitimate('https://developer.paypal.com/docs/api/'),
  legitimate('https://www.amazon.co.uk/'),
  legitimate('https://www.amazon.de/gp/your-account'),
  legitimate('https://www.amazon.co.jp/'),
  legitimate('https://www.amazon.com.au/'),
  legitimate('https://www.amazon.jobs/en/'),
  legitimate('https://signin.aws.amazon.com/console'),
  legitimate('https://s3.dualstack.us-east-1.amazonaws.com/'),
  legitimate('https://www.google.com/search?q=paypal+login'),
  legitimate('https://www.google.co.uk/'),
  legitimate('https://accounts.google.com/signin/v2/identifier'),
  legitimate('https://mail.google.com/mail/u/0/'),
  legitimate('https://cloud.google.com/'),
  legitimate('https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
  legitimate('https://login.microsoftonline.com/common/oauth2/authorize'),
  legitimate('https://outlook.live.com/mail/0/inbox'),
  legitimate('https://account.microsoft.com/account'),
  legitimate('https://contoso.sharepoint.com/sites/finance/Shared%20Documents'),
  legitimate('https://appleid.apple.com/account/manage'),
  legitimate('https://www.icloud.com/'),
  legitimate('https://support.apple.com/en-us/HT201355'),
  legitimate('https://www.facebook.com/login/'),
  legitimate('https://m.facebook.com/'),
  legitimate('https://www.instagram.com/accounts/login/'),
  legitimate('https://www.netflix.com/browse'),
  legitimate('https://www.linkedin.com/in/someone'),
  legitimate('https://www.dropbox.com/s/abc123/file.pdf?dl=0'),
  legitimate('https://secure.chase.com/web/auth/dashboard'),
  legitimate('https://connect.secure.wellsfargo.com/auth/login/present'),
  legitimate('https://www.bankofamerica.com/online-banking/sign-in/'),
  legitimate('https://www.barclays.co.uk/'),
  legitimate('https://www.hsbc.co.uk/'),
  legitimate('https://www.natwest.com/'),
  legitimate('https://www.santanderbank.com/'),
  legitimate('https://www.dhl.de/de/privatkunden.html'),
  // Internationalised names written in one script.
  legitimate('https://münchen.de/'),
  legitimate('https://xn--mnchen-3ya.de/'),
  legitimate('https://例え.jp/'),
  legitimate('https://правительство.рф/'),
  legitimate('https://bücher.de/'),
  // Deep but ordinary host names, and shared hosting.
  legitimate('https://a.b.c.cdn.example/'),
  legitimate('https://a.b.c.d.cdn.example/'),
  legitimate('https://d1234abcd.cloudfront.net/assets/app.js'),
  legitimate('https://user.github.io/project/'),
  legitimate('https://my-app.vercel.app/login'),
  // Brand words where they belong: names of accounts, topics, articles; and near-miss names.
  legitimate('https://github.com/paypal/paypal-js'),
  legitimate('https://github.com/microsoft/vscode'),
  legitimate('https://en.wikipedia.org/wiki/PayPal'),
  legitimate('https://stackoverflow.com/questions/tagged/paypal'),
  legitimate('https://apple.stackexchange.com/questions/123/'),
  legitimate('https://www.reddit.com/r/netflix/'),
  legitimate('https://news.example.com/2024/05/amazon-prime-day-deals'),
  legitimate('https://finance.yahoo.com/quote/AAPL'),
  legitimate('https://www.cloudflare.com/'),
  legitimate('https://www.outlookindia.com/'),
  legitimate('https://www.applebees.com/'),
  // Private addresses: a router's admin page is a bare IP by nature.
  legitimate('http://192.168.1.1/'),
  legitimate('http://127.0.0.1:8080/'),
  // Wrapped legitimate links.
  legitimate(safeLinks('https://www.example.com/page?a=1')),
  legitimate(safeLinks('https://www.paypal.com/signin')),
  legitimate(urlDefenseV2('http://www.example.org/url')),
  legitimate('https://urldefense.com/v3/__https://www.example.com/docs?id=1*x__;Iw!!ABCdef123!GhIjKl$'),
  legitimate(
    'https://urldefense.proofpoint.com/v1/url?u=https://www.example.com/&k=abc%0A&r=def&m=ghi&s=jkl',
  ),
  legitimate(googleRedirect('https://en.wikipedia.org/wiki/Phishing')),
  // Link text that agrees with the link, or shows no domain.
  legitimate('https://www.paypal.com/signin', 'paypal.com'),
  legitimate('https://www.paypal.com/signin', 'Sign in to PayPal'),
  legitimate('https://www.icloud.com/', 'apple.com/icloud'),
  legitimate('https://example.com/', 'Click here'),
  legitimate('https://files.example.org/report.pdf', 'report.pdf'),
  legitimate(safeLinks('https://www.example.com/docs'), 'https://www.example.com/docs'),
  // Known false alarms.
  falseAlarm(
    'https://help.example.org/articles/how-to-reset-your-apple-id-password',
    'A how-to article: a brand next to sign-in words in the path.',
  ),
  falseAlarm('https://paypal.github.io/', 'A brand’s own GitHub Pages site looks like anyone else’s.'),
];
