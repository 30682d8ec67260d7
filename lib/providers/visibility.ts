// How far a scan's report is shown, in the words both scanners use (Cloudflare: Public/Unlisted, urlscan.io:
// public/unlisted/private). urlscan's own client compares the visibility it asked for with the one the
// server answered and warns when the server enforced another (urlscan-python, `Client.scan`).
const OPENNESS: Readonly<Record<string, number>> = { private: 0, unlisted: 1, public: 2 };

/** True when `answered` shows the scan to more people than `asked` did; unknown words compare as equal. */
export function isMorePublic(answered: string | undefined, asked: string | undefined): boolean {
  const a = OPENNESS[answered?.toLowerCase() ?? ''];
  const b = OPENNESS[asked?.toLowerCase() ?? ''];
  return a !== undefined && b !== undefined && a > b;
}
