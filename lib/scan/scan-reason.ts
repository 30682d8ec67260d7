import { z } from '../z';

export const scanReasonSchema = z.enum([
  'link-hovered',
  'page-visited',
  'link-clicked',
  'menu-click',
  'popup-button',
]);
export type ScanReason = z.infer<typeof scanReasonSchema>;

/** Lower runs first: what the person asked for, then the page they are on, then links they looked at. */
export const PRIORITY: Record<ScanReason, number> = {
  'menu-click': 0,
  'popup-button': 0,
  'link-clicked': 0,
  'page-visited': 1,
  'link-hovered': 2,
};

export function isUserAction(reason: ScanReason): boolean {
  return PRIORITY[reason] === 0;
}
