/** Where a scan's artefacts live, in the mock's own base (and on Radar, like the real API). */
export interface ScannerUrls {
  result(uuid: string): string;
  screenshot(uuid: string, resolution?: string): string;
  dom(uuid: string): string;
  har(uuid: string): string;
  radar(uuid: string): string;
}

export function scannerUrls(baseUrl: string, accountId: string): ScannerUrls {
  const root = `${baseUrl}/accounts/${encodeURIComponent(accountId)}/urlscanner/v2`;
  return {
    result: (uuid) => `${root}/result/${uuid}`,
    screenshot: (uuid, resolution) =>
      `${root}/screenshots/${uuid}.png${resolution ? `?resolution=${resolution}` : ''}`,
    dom: (uuid) => `${root}/dom/${uuid}`,
    har: (uuid) => `${root}/har/${uuid}`,
    radar: (uuid) => `https://radar.cloudflare.com/scan/${uuid}/summary`,
  };
}
