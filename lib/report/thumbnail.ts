import { canUse } from '../platform/browser-features';

/** Thumbnails are drawn this wide (twice the card's 240 CSS pixels, for sharp high-density screens). */
const THUMBNAIL_WIDTH = 480;

/**
 * A small JPEG of a screenshot, or undefined where the browser cannot draw one off-screen. A page's
 * content script gets only this, never the full-size capture (which may show more of the scanned page).
 */
export async function shrinkScreenshot(image: Blob): Promise<Blob | undefined> {
  if (!canUse('offscreenDrawing')) return undefined;
  try {
    const bitmap = await createImageBitmap(image);
    const scale = Math.min(1, THUMBNAIL_WIDTH / bitmap.width);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } catch {
    return undefined;
  }
}
