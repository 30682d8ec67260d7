/** Host text typed by a person (never-scan patterns), turned into the hostname a URL would carry. */

/** Brackets an IPv6 literal typed without them; undefined when the text carries a port. */
export function bracketIpv6(text: string): string | undefined {
  if (text.startsWith('[')) return text.endsWith(']') ? text : undefined;
  const colons = text.split(':').length - 1;
  if (colons === 0) return text;
  return colons >= 2 ? `[${text}]` : undefined;
}

/**
 * The hostname the WHATWG parser makes of `hostText` (lower-case, punycode, canonical IP literals),
 * without a trailing root dot; undefined when it is not a host on its own.
 */
export function parseHostText(hostText: string): string | undefined {
  let url: URL;
  try {
    url = new URL(`http://${hostText}/`);
  } catch {
    return undefined;
  }
  if (url.port !== '' || url.pathname !== '/' || url.username !== '' || url.password !== '') return undefined;
  const hostname = url.hostname.replace(/\.+$/, '');
  return hostname === '' ? undefined : hostname;
}
