/** The scan's report on Cloudflare Radar, where anyone with the scan id (even Unlisted) can read it. */
export function radarReportUrl(scanId: string): string {
  return `https://radar.cloudflare.com/scan/${encodeURIComponent(scanId)}/summary`;
}
