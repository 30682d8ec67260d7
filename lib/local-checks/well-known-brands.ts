/**
 * Brands that phishing imitates most (APWG and vendor reports keep naming the same few dozen), with the
 * registrable domains each really uses. Kept short on purpose: this may ship in the content script.
 */

export type Brand = {
  /** How a person writes the name. */
  readonly name: string;
  /** The name as it appears in host names and paths. */
  readonly label: string;
  /** Registrable domains the brand uses; the first is the one to show. */
  readonly domains: readonly string[];
};

const BRAND_TABLE: readonly (readonly [name: string, label: string, domains: string])[] = [
  ['PayPal', 'paypal', 'paypal.com paypal.me paypalobjects.com'],
  ['Apple', 'apple', 'apple.com icloud.com me.com mzstatic.com apple.news'],
  ['iCloud', 'icloud', 'icloud.com apple.com'],
  [
    'Microsoft',
    'microsoft',
    'microsoft.com live.com office.com outlook.com microsoftonline.com sharepoint.com office365.com ' +
      'azure.com windows.net msn.com bing.com skype.com onedrive.com',
  ],
  ['Outlook', 'outlook', 'outlook.com live.com office.com microsoft.com'],
  ['Office 365', 'office365', 'office365.com office.com microsoft.com'],
  ['OneDrive', 'onedrive', 'onedrive.com live.com microsoft.com'],
  ['SharePoint', 'sharepoint', 'sharepoint.com microsoft.com'],
  [
    'Google',
    'google',
    'google.com gmail.com youtube.com googleusercontent.com gstatic.com googleapis.com goo.gl g.co ' +
      'android.com blogger.com withgoogle.com',
  ],
  ['Gmail', 'gmail', 'gmail.com google.com'],
  [
    'Amazon',
    'amazon',
    'amazon.com amazonaws.com amzn.to a2z.com primevideo.com media-amazon.com amazon.jobs',
  ],
  ['Facebook', 'facebook', 'facebook.com fb.com fb.me fbcdn.net meta.com messenger.com'],
  ['Instagram', 'instagram', 'instagram.com cdninstagram.com facebook.com'],
  ['WhatsApp', 'whatsapp', 'whatsapp.com whatsapp.net wa.me'],
  ['Netflix', 'netflix', 'netflix.com nflxext.com nflximg.net nflxvideo.net'],
  ['LinkedIn', 'linkedin', 'linkedin.com lnkd.in licdn.com'],
  ['Dropbox', 'dropbox', 'dropbox.com dropboxusercontent.com db.tt'],
  ['DocuSign', 'docusign', 'docusign.com docusign.net'],
  ['Adobe', 'adobe', 'adobe.com adobelogin.com typekit.net'],
  ['GitHub', 'github', 'github.com githubusercontent.com githubassets.com'],
  ['Coinbase', 'coinbase', 'coinbase.com'],
  ['Binance', 'binance', 'binance.com'],
  ['DHL', 'dhl', 'dhl.com dhl.de'],
  ['FedEx', 'fedex', 'fedex.com'],
  ['USPS', 'usps', 'usps.com'],
  ['Chase', 'chase', 'chase.com jpmorganchase.com'],
  ['Wells Fargo', 'wellsfargo', 'wellsfargo.com wf.com'],
  ['Bank of America', 'bankofamerica', 'bankofamerica.com bofa.com'],
  ['Citibank', 'citibank', 'citibank.com citi.com'],
  ['HSBC', 'hsbc', 'hsbc.com hsbc.co.uk'],
  ['Barclays', 'barclays', 'barclays.co.uk barclays.com'],
  ['Santander', 'santander', 'santander.com santander.co.uk santanderbank.com'],
  ['Lloyds Bank', 'lloydsbank', 'lloydsbank.com lloydsbank.co.uk'],
  ['NatWest', 'natwest', 'natwest.com'],
];

export const BRANDS: readonly Brand[] = BRAND_TABLE.map(([name, label, domains]) => ({
  name,
  label,
  domains: domains.split(' '),
}));

/** The brand whose own site `registrable` is, if any. */
export function brandOwning(registrable: string): Brand | undefined {
  return BRANDS.find((brand) => brand.domains.includes(registrable));
}
