import { encodePng, type Rgb } from './png';
import type { Resolution, Verdict } from './types';

export const RESOLUTIONS: readonly Resolution[] = ['desktop', 'mobile', 'tablet'];

// Tiny stand-ins for the real 1920×1080-ish captures: big enough to see, small enough for tests.
export const SCREENSHOT_SIZES: Record<Resolution, { width: number; height: number }> = {
  desktop: { width: 320, height: 200 },
  mobile: { width: 180, height: 320 },
  tablet: { width: 256, height: 192 },
};

export const VERDICT_COLOURS: Record<Verdict, Rgb> = {
  malicious: [217, 48, 37],
  suspicious: [249, 171, 0],
  safe: [30, 142, 62],
  unreachable: [154, 160, 166],
};

const WHITE: Rgb = [255, 255, 255];
const BAR: Rgb = [60, 64, 67];

export function isResolution(value: string): value is Resolution {
  return (RESOLUTIONS as readonly string[]).includes(value);
}

/** A page sketch: a dark browser bar, the page in the verdict's colour, and a white "content" card. */
export function screenshotPng(verdict: Verdict, resolution: Resolution): Buffer {
  const { width, height } = SCREENSHOT_SIZES[resolution];
  const colour = VERDICT_COLOURS[verdict];
  const bar = Math.max(8, Math.round(height / 12));
  const marginX = Math.round(width / 6);
  const top = bar + Math.round(height / 6);
  const bottom = height - Math.round(height / 6);
  return encodePng(width, height, (x, y) => {
    if (y < bar) return BAR;
    if (x >= marginX && x < width - marginX && y >= top && y < bottom) return WHITE;
    return colour;
  });
}
