/** What the request handler asks of the browser's navigation; implemented in the background. */
export interface NavigationControl {
  /** Opens `url` in the tab (or a new tab): directly, or on the checking page while its scan runs. */
  open(url: string, where: { tabId?: number; newTab: boolean; checking: boolean }): Promise<void>;
  /** Lets `url` (normalised) load for the rest of this browser session although it is stopped. */
  allowForSession(url: string): Promise<void>;
  /** Whether navigations to `url` (normalised) are stopped on the warning page now. */
  isStopped(url: string): Promise<boolean>;
  /** Re-reads the known-malicious URLs and trusted sites and updates what navigations are stopped. */
  refreshBlocking(): Promise<void>;
}
