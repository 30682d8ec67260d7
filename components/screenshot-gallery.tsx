import './report.css';
import type { ScreenshotView } from '../lib/report/report-view';

/** The scan's screenshots, one figure per captured resolution, each as wide as its container. */
export function ScreenshotGallery({ screenshots }: { screenshots: readonly ScreenshotView[] }) {
  // Only images: a stored blob typed otherwise by the API is no picture to show.
  const images = screenshots.filter((shot) => shot.src.startsWith('data:image/'));
  if (images.length === 0) return <p class="hint">No screenshot was stored for this scan.</p>;
  return (
    <div class="screenshots">
      {images.map((shot) => (
        <figure key={shot.resolution}>
          <img src={shot.src} alt={`Screenshot (${shot.resolution})`} />
          <figcaption>{shot.resolution}</figcaption>
        </figure>
      ))}
    </div>
  );
}
