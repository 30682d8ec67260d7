/** The keyboard command that scans the page in view (its key is in the manifest, wxt.config.ts). */
export const SCAN_PAGE_COMMAND = 'scan-page';
