// The address of the extension's full report page. Not reachable from the web (it is no
// web_accessible_resource), and the background checks the scan id in every request the page makes.

/** The report page of a scan, relative to the extension's origin. */
export function reportPagePath(scanId: string): `/report.html?scan=${string}` {
  return `/report.html?scan=${encodeURIComponent(scanId)}`;
}

/** The scan the page's query names, or undefined when it names none. */
export function scanIdOfReportQuery(search: string): string | undefined {
  const scanId = new URLSearchParams(search).get('scan')?.trim();
  return scanId ? scanId : undefined;
}
