import './report.css';
import type { ScreenshotResolution } from '../lib/cloudflare/api-schemas';
import { t } from '../lib/i18n/translate';
import type { ScreenshotView } from '../lib/report/report-view';

const RESOLUTION_NAME: Record<ScreenshotResolution, () => string> = {
  desktop: () => t('gallery.desktop'),
  tablet: () => t('gallery.tablet'),
  mobile: () => t('gallery.mobile'),
};

/** The scan's screenshots, one figure per captured resolution, each as wide as its container. */
export function ScreenshotGallery({ screenshots }: { screenshots: readonly ScreenshotView[] }) {
  // Only images: a stored blob typed otherwise by the API is no picture to show.
  const images = screenshots.filter((shot) => shot.src.startsWith('data:image/'));
  if (images.length === 0) return <p class="hint">{t('gallery.none')}</p>;
  return (
    <div class="screenshots">
      {images.map((shot) => {
        const resolution = RESOLUTION_NAME[shot.resolution]();
        return (
          <figure key={shot.resolution}>
            <img src={shot.src} alt={t('gallery.alt', [resolution])} />
            <figcaption>{resolution}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}
