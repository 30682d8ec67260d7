/** The http(s) link an event happened on, if any. */
export function linkFromTarget(target: EventTarget | null): HTMLAnchorElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  return link.protocol === 'http:' || link.protocol === 'https:' ? link : undefined;
}
