import { chapterWindow, MINUTE, type ChapterWindow } from '../../core';
import { useTimelineStore, useTimelineStoreApi } from '../../state';

const EMPTY: readonly ChapterWindow[] = [];

/** Chapters, zoom buttons, "Fit" and the legend of how dates are drawn. */
export function Toolbar() {
  const store = useTimelineStoreApi();
  const chapters = useTimelineStore((s) => s.timeline?.chapters ?? EMPTY);
  const current = useTimelineStore((s) => s.window);
  const limits = useTimelineStore((s) => s.limits);
  const zoom = (k: number) => store.getState().zoomBy(k);
  // Within a minute: the URL keeps windows to the minute.
  const isCurrent = (c: ChapterWindow) => {
    if (!current || !limits) return false;
    const w = chapterWindow(c, limits);
    return Math.abs(current[0] - w[0]) < MINUTE && Math.abs(current[1] - w[1]) < MINUTE;
  };
  return (
    <div className="tl-toolbar">
      {chapters.length > 0 && (
        <nav className="tl-chapters" aria-label="Chapters">
          {chapters.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={isCurrent(c)}
              onClick={() => store.getState().showChapter(c.id)}
            >
              {c.label}
            </button>
          ))}
        </nav>
      )}
      <div className="tl-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => store.getState().fit()}>
          Fit
        </button>
      </div>
      <ul className="tl-legend" aria-label="Legend">
        <li>
          <span className="lg lg-point" aria-hidden="true" />a day or a time
        </li>
        <li>
          <span className="lg lg-range" aria-hidden="true" />a range
        </li>
        <li>
          <span className="lg lg-imprecise" aria-hidden="true" />a month or a year
        </li>
        <li>
          <span className="lg lg-approx" aria-hidden="true" />
          approximate
        </li>
      </ul>
    </div>
  );
}
